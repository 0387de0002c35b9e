def each_pair
  yield 1, 2
end
