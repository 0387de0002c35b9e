p(<<~A.upcase, <<~B)
  first
A
  second
B
