x = [1, 2, 3].map(&:to_s).join(", ") +
puts x
