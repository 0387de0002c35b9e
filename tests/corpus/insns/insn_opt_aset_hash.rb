h = {}
h[:k] = :v
p h
