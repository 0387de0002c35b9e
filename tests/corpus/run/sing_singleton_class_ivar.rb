class Registry
  class << self
    def items = @items ||= []
    def register(x) = items << x
  end
end
Registry.register(:a)
Registry.register(:b)
p Registry.items
p Registry.instance_variables
class SubReg < Registry; end
SubReg.register(:c)
p SubReg.items
p Registry.items
