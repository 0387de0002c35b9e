x = 1
x -1
x [1]
x /2
x ?1:2
x *2
x &y
x ::Z rescue 0
