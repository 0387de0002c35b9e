x = 0x
y = 1_
z = 0b2
