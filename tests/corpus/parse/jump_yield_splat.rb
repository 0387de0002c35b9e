def each_pair
  yield(*pair)
  yield k: 1
end
