a.b
a.b.c
a.()
a::()
a.call()
