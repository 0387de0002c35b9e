s = "abc".freeze
d = s.dup
c = s.clone
p d.frozen?, c.frozen?
c2 = s.clone(freeze: false)
p c2.frozen?
o = Object.new
def o.hi = "singleton hi"
p o.clone.hi
begin
  o.dup.hi
rescue NoMethodError => e
  puts "dup lost singleton"
end
a = [[1], [2]]
b = a.dup
b[0] << 99
p a
b << 3
p a, b
p 1.dup, nil.clone, :s.dup
