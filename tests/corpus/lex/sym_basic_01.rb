a = :a
b = :foo_bar
c = :Const
d = :a?
e = :b=
f = :c!
