user = nil
p user&.name
s = "a"
p s&.then { |x| x * 2 }
