a = nil
p a&.b&.c
s = "x"
p s&.upcase&.downcase
