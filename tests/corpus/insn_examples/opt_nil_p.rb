value = nil
value.nil?
