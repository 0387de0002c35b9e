inputs = ["10", "20", "thirty"]
total = 0
inputs.each_with_index do |s, i|
  total += Integer(s)
  puts "after #{i}: #{total}"
end
