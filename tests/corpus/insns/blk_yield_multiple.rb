def tri
  yield 1, 2, 3
end
tri { |a, *b| p [a, b] }
