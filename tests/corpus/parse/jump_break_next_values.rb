[1, 2, 3].each do |x|
  next if x == 1
  next x * 2 if x == 2
  break
end
r = [4].map { |x| break x, 1 }
