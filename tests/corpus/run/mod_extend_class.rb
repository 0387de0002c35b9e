module ClassHelpers
  def create(*args) = new(*args)
  def label = "I am #{name}"
end
class Widget
  extend ClassHelpers
  def initialize(v = 0) = @v = v
  attr_reader :v
end
p Widget.create(5).v
p Widget.label
p Widget.singleton_class.include?(ClassHelpers)
p Widget.is_a?(ClassHelpers)
