a = [10, 20, 30, 40, 50]
p a[0], a[-1], a[5], a[-6], a[1, 2], a[1..3], a[1...-1], a[3..], a[..1], a[5, 1], a[6, 1], a[2..1], a[-2..]
p a.first, a.last, a.first(2), a.last(2), a.first(10), a.at(2), a.fetch(1), a.fetch(10, :d), a.fetch(-10) { |i| i * 2 }
p a.values_at(0, 2, 10, -1), a.values_at(1..2), a.dig(0), [[1, [2, 3]]].dig(0, 1, 0)
p a.index(30), a.find_index { _1 > 25 }, a.rindex(30), a.index(99), [1, 2, 1].rindex(1)
begin
  a.fetch(10)
rescue IndexError => e
  p e.message
end
begin
  a.fetch(-10)
rescue IndexError => e
  p e.message
end
