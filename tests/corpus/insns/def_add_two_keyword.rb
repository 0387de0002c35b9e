def add_two_keyword(a:, b: 5)
  a + b
end
puts add_two_keyword(a: 2)
puts add_two_keyword(a: 2, b: 3)
