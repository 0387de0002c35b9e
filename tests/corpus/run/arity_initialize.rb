class Pt
  def initialize(x, y) = (@x, @y = x, y)
end

begin
  Pt.new(1)
rescue ArgumentError => e
  puts e.message
end
begin
  Object.new(1)
rescue ArgumentError => e
  puts e.message
end
class NoInit; end
p NoInit.new.class
