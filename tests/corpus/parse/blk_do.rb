[1, 2].each do |x|
  puts x
end
