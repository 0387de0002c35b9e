while 1 + do
  break
end
puts 2
