class Stack
  attr_reader :items
  def initialize = @items = []
  def initialize_copy(src)
    super
    @items = src.items.dup
  end
  def push(x) = (items << x; self)
end
a = Stack.new.push(1)
b = a.dup.push(2)
p a.items
p b.items
