s = "hello"
p s.length
