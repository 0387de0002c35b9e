a = /abc/
b = /a.c/
c = //
d = /\//
