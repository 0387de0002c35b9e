def each
  yield -1
  yield [1]
  yield *a
  yield a: 1
end
