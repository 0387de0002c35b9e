res = catch(:outer) do
  catch(:inner) do
    throw :outer, "jumped out of both"
  end
  "only inner"
end
p res
res2 = catch(:outer) do
  v = catch(:inner) { throw :inner, 5 }
  v * 2
end
p res2
