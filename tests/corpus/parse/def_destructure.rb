def m((a, b))
  a + b
end
