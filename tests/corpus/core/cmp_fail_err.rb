p "a" < "b", 1 <=> "two"
p 1 < 2
p 1 < "two"
