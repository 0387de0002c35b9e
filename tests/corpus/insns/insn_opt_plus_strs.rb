s = "a"
p s + "b"
