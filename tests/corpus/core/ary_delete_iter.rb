a = [1, 2, 3, 4, 5, 6]
a.each_with_index { |x, i| a.delete_at(i) if x.even? } rescue p $!
p a
b = [1, 2, 3, 4]
b.each { |x| b << x * 10 if b.size < 6 }
p b
c = [5, 4, 3]
p c.sort!.first, c, c.reverse!, c.push(c.pop)
