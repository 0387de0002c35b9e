foo *a
foo * a
foo*a
x = 2
x *a
