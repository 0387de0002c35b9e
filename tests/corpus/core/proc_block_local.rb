x = 10
[1, 2].each { |i; x| x = i }
p x
y = 1
pr = proc { |a, (b, c), *d, e: 5| [a, b, c, d, e] }
p pr.call(1, [2, 3], 4, 5), pr.call([1, [2, 3]]), pr.call(1, 2)
p [[1, [2, 3]]].map { |a, (b, c)| a + b + c }
p({a: 1}.map { |k, v| "#{k}#{v}" }, [[1, 2]].each_with_object([]) { |(a, b), acc| acc << b })
