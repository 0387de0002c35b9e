case [1, 2]
in [a, b]
  a + b
in {x:}
  x
end
