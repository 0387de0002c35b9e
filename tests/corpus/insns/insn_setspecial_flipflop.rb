(1..10).each do |i|
  p i if (i == 3)..(i == 5)
end
