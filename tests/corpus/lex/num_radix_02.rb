a = 0x1F
b = 0b101
c = 0o17
d = 017
e = 0d99
f = 0XFF + 0B11 + 0O7 + 0D1
