def kw(a:, b: 2) = [a, b]

p kw(a: 1)
begin
  kw
rescue ArgumentError => e
  puts e.message
end
def kw2(a:, b:, c: 3) = [a, b, c]
begin
  kw2
rescue ArgumentError => e
  puts e.message
end
begin
  kw2(b: 1)
rescue ArgumentError => e
  puts e.message
end
