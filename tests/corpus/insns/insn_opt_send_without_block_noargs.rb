s = "abc"
p s.upcase.reverse
