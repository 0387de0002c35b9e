a = /x/i
b = /x/m
c = /x/x
d = /x/o
e = /x/imxo
