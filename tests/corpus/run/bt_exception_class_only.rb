def check(v)
  raise NotImplementedError if v == :todo
  v
end

p check(:done)
check(:todo)
