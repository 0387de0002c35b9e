a = [1, 2, 3]
p a.push(4, 5), a.pop, a.pop(2), a, a.shift, a, a.unshift(0, -1), a.insert(1, :x), a.insert(-2, :y)
p a.append(9), a.prepend(8), a << 7, a.shift(2), a
p [].pop, [].shift, [].pop(2), [1].shift(5)
p a.insert(10, :far)
p [1, 2].insert(-4, 0) rescue p $!.message
