3.times do |i|
  [1].each do |j|
    puts i + j +
  end
end
puts :x
