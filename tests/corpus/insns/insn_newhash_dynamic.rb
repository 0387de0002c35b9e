k = :x
v = 1
p({ k => v })
