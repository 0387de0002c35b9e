[1, 2].each do |x|
  redo if x > 5
end
