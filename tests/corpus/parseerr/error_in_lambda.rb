sq = ->(x) { x * }
puts sq.(3)
cube = lambda { |y| y ** }
