if a && b || !c
  puts "yes"
end
