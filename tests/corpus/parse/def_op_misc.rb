def <<(x) = push(x)
def %(x) = mod(x)
def **(n) = pow(n)
def ===(o) = match(o)
def =~(o) = nil
