s = +"hello"
s[1] = "E"
p s
s[10] = "x"
