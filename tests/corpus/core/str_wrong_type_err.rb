s = "abc"
p s.index("b")
p s.index(nil)
