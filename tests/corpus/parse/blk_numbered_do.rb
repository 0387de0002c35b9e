[[1, 2]].each do
  p _1, _2
end
