a = [1, 2, 3, 4, 5, 6]
p a.map { |x| x * x }
p a.select(&:even?), a.filter(&:odd?)
p a.reject { |x| x > 3 }
p [].map { |x| x }, [].select(&:odd?)
p (1..5).map { _1 * 2 }
h = {a: 1, b: 2, c: 3}
p h.map { |k, v| [k, v * 10] }
p h.select { |k, v| v > 1 }, h.reject { |k, v| v > 1 }
p h.collect { |pair| pair }
p (1..10).select(&:even?).map(&:to_s)
