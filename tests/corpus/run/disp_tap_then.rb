r = 5.then { |x| x + 1 }
p r
out = []
v = [3, 1, 2].tap { |a| out << a.size }.sort.tap { |a| out << a.first }
p v
p out
p 10.itself
p :upcase.to_proc.call("str")
