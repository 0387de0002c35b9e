def y
  yield
  yield 1
  yield 1, 2
  yield(3)
  yield [a]
  yield [a, b], c
end
