def kw_only(a: 0, b: 0) = [a, b]
def positional(h) = h

h = { a: 1, b: 2 }
p kw_only(**h)
p positional(h)
p positional(**h)
begin
  kw_only(h)
rescue ArgumentError => e
  puts e.message
end
p kw_only(**{})
