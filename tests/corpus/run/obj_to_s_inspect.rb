class Temp
  def initialize(d) = @d = d
  def to_s = "#{@d} degrees"
end
class Temp2
  def initialize(d) = @d = d
  def inspect = "Temp2<#{@d}>"
end
t = Temp.new(5)
puts t
puts "It is #{t}"
p Temp2.new(3)
puts [Temp2.new(1)].inspect
p :sym.inspect
p nil.to_s
p nil.inspect
