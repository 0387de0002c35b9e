a = [1, 2, 3]
p a[3], a[3, 1], a[3..], a[4, 1], a[4..], a[-3, 2], a[-4, 2], a[1, 0], a[1, -1], a[0..-4], a[2..0]
p a.slice(1..), a.slice(-1, 1), a[0, 100], a[(0..)], a[(..-2)], a[(1..).step(2)] rescue p $!.class
p a.values_at(0..5), a.values_at(-1, -5), a.first(0), a.last(0)
