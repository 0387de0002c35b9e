[1, 2].each do |v|
  next -1 if v
  break :done unless v
  return v, -v
end
