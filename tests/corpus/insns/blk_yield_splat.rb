def spl(arr)
  yield(*arr)
end
spl([1, 2]) { |a, b| p a + b }
