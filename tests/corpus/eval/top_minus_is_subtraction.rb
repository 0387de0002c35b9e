x = 10
def x2 = 3
p eval("x -1")
