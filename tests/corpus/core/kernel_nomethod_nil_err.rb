h = {}
p h[:a]
h[:a].upcase
