def run # the body starts on the next line
  puts(total)
  total = 3
  total -1
end
total [1]
