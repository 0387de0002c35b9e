a & b | c ^ d
a << 2 >> 1
~a
