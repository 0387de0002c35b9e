def m
  eval("yield 1, 2")
end
p m { |a, b| a + b }
