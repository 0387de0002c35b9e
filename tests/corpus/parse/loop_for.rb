for i in 1..3
  puts i
end
