a = /x/u
b = /x/n
c = /x/e
d = /x/s
e = /x/in
