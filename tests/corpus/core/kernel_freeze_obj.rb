class Box
  attr_accessor :v
end
b = Box.new
b.v = 1
b.freeze
begin
  b.v = 2
rescue => e
  p e.class
  p e.message.sub(/0x\h+/, "X")
end
p b.v
p b.frozen?
d = b.dup
d.v = 3
p d.v, d.frozen?
