def rect(width:, height:) = width * height

p rect(width: 2, height: 3)
p rect(height: 4, width: 5)
h = { width: 1, height: 9 }
p rect(**h)
begin
  rect(width: 1)
rescue ArgumentError => e
  puts e.message
end
