x = true
p((not x))
