p [1, 2, 3].map { |x| x * x }
