def opts(a, **rest)
  rest
end
