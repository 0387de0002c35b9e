def each
  yield
  yield 1
  yield(2, 3)
  yield [4]
end
