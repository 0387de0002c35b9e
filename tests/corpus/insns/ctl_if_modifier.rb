x = 2
p :even if x.even?
