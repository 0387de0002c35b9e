p 5.send(:+, 3)
p [3, 1, 2].send(:sort)
p "abc".public_send(:upcase)
p 10.method(:-).call(4)
p [1, 2, 3].inject(:*)
ops = %i[+ - * / % **]
p ops.map { |op| 17.send(op, 5) }
p "x".send(:*, 3)
