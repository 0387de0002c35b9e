def compute
  a = 1
  b = 2
  a + b + c
end

p :before
compute
