class D
  define_method(:two) { |a, b| [a, b] }
  define_method(:opt) { |a, b = :dflt| [a, b] }
end

d = D.new
p d.two(1, 2)
begin
  d.two(1)
rescue ArgumentError => e
  puts e.message
end
begin
  d.opt
rescue ArgumentError => e
  puts e.message
end
p d.opt(1)
