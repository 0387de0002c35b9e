class Counter
  attr_accessor :count
  attr_writer :label
  def initialize = @count = 0
  def label = @label || "none"
end
c = Counter.new
c.count += 5
p c.count
p c.label
c.label = "L"
p c.label
p c.respond_to?(:label=), c.respond_to?(:count=)
p Counter.instance_methods(false).sort
