x = 1
else
  puts x
end
