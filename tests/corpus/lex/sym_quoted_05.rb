a = :'q'
b = :"dq"
c = :"with space"
d = :'#{no}'
x = 1
e = :"#{x}y"
