s = +"x"
s << "y"
p s
