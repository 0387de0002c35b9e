l = ->(a, b = 1) do
  a + b
end
