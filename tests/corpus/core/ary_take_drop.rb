a = [1, 2, 3, 4, 5]
p a.take(2), a.drop(2), a.take(0), a.drop(0), a.take(10), a.drop(10), a.take_while { _1 < 3 }, a.drop_while { _1 < 3 }
p a.first(2), a.last(2), a.first(0), a.last(10), a[0, 2], a.slice(2..)
begin
  a.first(-1)
rescue ArgumentError => e
  p e.message
end
