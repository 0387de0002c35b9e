a = :sym
b = :"quoted sym"
c = :"interp #{x}"
d = :+
e = :[]=
f = :foo?
g = :bar=
h = :@iv
i = :$gv
j = :@@cv
k = :Const
