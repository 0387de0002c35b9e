def kw(a: 1) = a

begin
  kw(c: 3)
rescue ArgumentError => e
  puts e.message
end
begin
  kw(c: 3, d: 4)
rescue ArgumentError => e
  puts e.message
end
begin
  kw(a: 1, "s" => 2)
rescue ArgumentError => e
  puts e.message
end
