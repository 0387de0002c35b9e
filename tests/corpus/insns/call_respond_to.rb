p 1.respond_to?(:+), nil.to_a
