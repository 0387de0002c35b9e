def m
  return a => 1
  return {}
end
