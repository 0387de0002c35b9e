p Hash[[[1, 2], [3, 4]]], Hash[1, 2, 3, 4], Hash[{a: 1}], [[:a, 1]].to_h, %w[a b].zip([1, 2]).to_h
p Hash.new.size, {a: 1}.to_h.equal?({a: 1}), %w[x y].each_with_index.to_h, (1..3).to_h { [_1, _1 ** 2] }
p %w[a b c].each_with_object({}) { |s, h| h[s] = s.ord }, Hash[%w[k v].each_slice(2).to_a]
begin
  Hash[1, 2, 3]
rescue ArgumentError => e
  p e.message
end
