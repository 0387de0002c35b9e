def f
  return -1
  return [1]
  return *a
end
