(1..5).each do |i|
  puts "line #{i}"
  $stdout.flush
  raise IndexError, "index #{i} too far" if i == 4
end
puts "done"
