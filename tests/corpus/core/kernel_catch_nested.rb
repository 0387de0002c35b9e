r = catch(:outer) do
  catch(:inner) do
    throw :outer, "from inner"
  end
  "not reached"
end
p r
r = catch(:outer) do
  v = catch(:inner) { throw :inner, 5 }
  v * 2
end
p r
begin
  throw :nope
rescue UncaughtThrowError => e
  p e.message
  p e.tag
  p e.class.ancestors.take(3)
end
