while true
  x = gets
  next if x == "\n"
  break if x.nil?
  puts x
end
