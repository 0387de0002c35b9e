1.times { |i|
  puts i
  2.times { |j| puts j + }
}
puts :end
