flags = 0b1011
p (flags & 0b10) != 0
