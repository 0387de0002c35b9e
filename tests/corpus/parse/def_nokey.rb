def strict(a, **nil)
  a
end
