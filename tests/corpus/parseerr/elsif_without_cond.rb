if x = 1 then
  puts x
elsif
end
