def add_two(a, b)
  a + b
end
puts add_two(2, 3)
