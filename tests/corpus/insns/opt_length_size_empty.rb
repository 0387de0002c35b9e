s = "str"
a = [1]
h = {}
p s.length, a.size, h.empty?
