x = 5
puts x unless x.nil?
