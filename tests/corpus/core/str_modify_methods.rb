s = +"Hello"
s.concat(" ", "World")
s.insert(0, "[")
s << "]"
p s
s.replace("new")
p s
s.prepend("re")
p s
s.setbyte(0, 82)
p s, s.getbyte(0), s.getbyte(99), s.byteslice(1, 2), "héllo".byteslice(1, 2), "héllo".byteslice(1, 1).valid_encoding?
s.clear
p s, s.empty?
