a = /abc/
b = /a.c/i
c = /x y/mx
d = %r{/path/}
e = /#{pat}/o
