r = /abc
x = 1
