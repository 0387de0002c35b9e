pp 1
pp "str", :sym
r = pp({a: 1, b: [1, 2, 3]})
p r
r = pp(1, 2)
p r
r = pp
p r
pp nil
pp [1, [2, [3]]]
