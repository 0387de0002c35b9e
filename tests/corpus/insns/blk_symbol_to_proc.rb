p %w[a b].map(&:upcase)
p [1, 2].inject(&:+)
