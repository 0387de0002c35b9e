trace = []
[1, 2, 3].each do |x|
  begin
    trace << "body #{x}"
    break if x == 2
  ensure
    trace << "ensure #{x}"
  end
end
puts trace
i = 0
while true
  begin
    i += 1
    next if i < 2
    break
  ensure
    puts "while ensure #{i}"
  end
end
