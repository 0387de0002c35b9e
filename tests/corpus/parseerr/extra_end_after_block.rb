items.each do |i|
  puts i
end end
puts 2
