p (1..4).to_a, {a: 1}.to_a, [].to_a, (1...1).to_a
p [[1, 2], [3, 4]].to_h, [1, 2].to_h { |x| [x, x * x] }
p %w[a b].each_with_index.to_h
p({a: 1}.to_h { |k, v| [v, k] })
p (1..3).to_h { [_1, _1.to_s] }
begin
  [1, 2].to_h
rescue TypeError => e
  p e.message
end
begin
  [[1]].to_h
rescue ArgumentError => e
  p e.message
end
p (1..3).entries
