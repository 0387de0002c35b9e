x = :a
y = :b
p x != y
