p (1..10).first, (1..10).first(3), [].first, [].first(2)
p (1..10).take(4), (1..10).drop(7), [1, 2].take(10), [1, 2].drop(10)
p (1..10).take_while { |x| x < 4 }, (1..10).drop_while { |x| x < 8 }
p [1, 2, 3].take_while { true }, [].drop_while { false }
p({a: 1, b: 2, c: 3}.first, {a: 1, b: 2, c: 3}.first(2))
p({a: 1, b: 2}.take(1), {a: 1, b: 2}.drop(1))
begin
  [1].take(-1)
rescue ArgumentError => e
  p e.message
end
