a = [1, 2, 3, 2, 1]
p a.delete(2), a, a.delete(9), a.delete(9) { :nf }, a.delete_at(0), a, a.delete_at(99)
b = (1..10).to_a
p b.delete_if(&:even?), b, b.reject! { _1 > 5 }, b, b.reject! { false }
c = (1..10).to_a
p c.keep_if { _1 % 3 == 0 }, c.select! { _1 > 3 }, c, c.select! { true }, c.filter! { _1 == 9 }
d = [1, 2, 3]
p d.clear, d, d.empty?
