p (1..6).each_slice(2).map { |a, b| a * b }
