[1, 2].each_slice(2).map { |a, b| -> { a + b } }.map(&:call)
