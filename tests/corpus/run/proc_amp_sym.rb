p %w[a b c].map(&:upcase)
p [1, 2, 3].inject(&:+)
p [[1, 2], [3, 4]].map(&:sum)
to_s_proc = :to_s.to_proc
p to_s_proc.call(42)
p to_s_proc.arity
p to_s_proc.lambda?
p [1, 2].each_slice(1).map(&:first)
