puts(<<~A, 1 2)
  text
A
puts 3
