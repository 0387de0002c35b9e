def add_two_optional(a, b = 5)
  a + b
end
puts add_two_optional(2)
puts add_two_optional(2, 2)
