p (1..10).group_by { |x| x % 3 }
p %w[ant bee cat dog eel].group_by(&:size)
p (1..10).partition(&:even?)
p [].partition { true }, [].group_by { 1 }
p({a: 1, b: 2, c: 3}.partition { |k, v| v.odd? })
p({a: 1, b: 2, c: 3}.group_by { |k, v| v.odd? })
p %w[x y z].group_by { nil }
