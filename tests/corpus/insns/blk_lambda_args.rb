sq = lambda { |n| n * n }
add = ->(a, b = 1) { a + b }
p sq[4], add.(1)
