s = "mutable"
s << "!"
p s
