def at_least_two(a, b, *rest) = [a, b, rest]

p at_least_two(1, 2)
p at_least_two(1, 2, 3, 4)
begin
  at_least_two(1)
rescue ArgumentError => e
  puts e.message
end
def post(a, *r, z) = [a, r, z]
begin
  post
rescue ArgumentError => e
  puts e.message
end
