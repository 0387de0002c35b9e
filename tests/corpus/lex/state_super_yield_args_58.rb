def m
  super -1
  yield -1
  super [1]
  yield [1]
end
