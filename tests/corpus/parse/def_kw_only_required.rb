def k(a:, b:)
  a + b
end
