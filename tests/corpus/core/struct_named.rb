Struct.new("Legacy", :v) rescue nil
p Struct::Legacy.new(1) rescue p $!.class
Pair = Struct.new(:left, :right)
p Pair.name, Pair.new(1, 2).class, Pair.superclass, Pair.ancestors.include?(Enumerable)
anon = Struct.new(:q)
p anon.new(5)
class Rect < Struct.new(:w, :h)
  def area = w * h
end
r = Rect.new(2, 3)
p r, r.area, Rect.superclass.superclass
