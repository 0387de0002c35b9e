def opt(a, b = 2) = [a, b]

p opt(1)
p opt(1, 3)
begin
  opt(1, 2, 3)
rescue ArgumentError => e
  puts e.message
end
begin
  opt
rescue ArgumentError => e
  puts e.message
end
def opt2(a, b = 1, c = 2) = [a, b, c]
begin
  opt2(1, 2, 3, 4)
rescue ArgumentError => e
  puts e.message
end
