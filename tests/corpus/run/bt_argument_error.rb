def area(width, height)
  width * height
end

def report
  puts "area: #{area(2, 3)}"
  puts "area: #{area(4)}"
end

report
