class Counter
  @count = 0
  class << self
    attr_accessor :count
  end
  def initialize = self.class.count += 1
end
class SubCounter < Counter
  @count = 100
end
Counter.new
Counter.new
SubCounter.new
p Counter.count
p SubCounter.count
p Counter.instance_variables
