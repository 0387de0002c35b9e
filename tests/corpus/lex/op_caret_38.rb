a ^ b
c ^= d
x = a^b
