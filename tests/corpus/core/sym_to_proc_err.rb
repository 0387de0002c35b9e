p [1, 2].map(&:to_s)
p [1, 2].map(&:upcase)
