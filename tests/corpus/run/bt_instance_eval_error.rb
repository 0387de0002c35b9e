class Box
  def initialize = @items = []
end

box = Box.new
box.instance_eval do
  @items << 1
  @itemz << 2
end
