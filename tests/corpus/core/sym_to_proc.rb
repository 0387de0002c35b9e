p %w[a b c].map(&:upcase), [1, 2, 3].inject(&:+), [[1, 2], [3]].map(&:size)
pr = :upcase.to_proc
p pr.call("x"), pr.arity, pr.lambda?, pr.("y")
p [1, 2, 3].select(&:odd?), %w[apple pie].map(&:length)
p :+.to_proc.call(2, 3), [[1, 2], [3, 4]].map(&:sum)
begin
  :upcase.to_proc.call(1)
rescue NoMethodError => e
  p e.name
end
