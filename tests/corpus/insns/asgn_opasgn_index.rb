a = [1, 2]
a[1] += 5
h = Hash.new(0)
h[:x] += 1
p a, h
