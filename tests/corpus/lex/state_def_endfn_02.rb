def m1() 1 end
def m2(x) = x
def m3 = 3
def m4() = 4
