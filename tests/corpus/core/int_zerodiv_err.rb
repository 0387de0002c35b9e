def avg(a) = a.sum / a.size
p avg([1, 2, 3])
p avg([])
