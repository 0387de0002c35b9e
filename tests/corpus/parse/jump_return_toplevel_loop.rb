[1, 2].each do |i|
  return if i > 5
end
