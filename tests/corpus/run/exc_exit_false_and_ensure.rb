begin
  puts "in begin"
  exit false
ensure
  puts "ensure runs on exit"
end
