p %w(a b
