x = nil
p x.nil?
