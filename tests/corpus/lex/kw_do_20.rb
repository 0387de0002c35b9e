3.times do |i|
  puts i
end
while cond do step end
