class Bag
  def initialize
    @a = 1
    @b = "two"
  end
end

b = Bag.new
p b.instance_variables
p b.instance_variable_get(:@a)
b.instance_variable_set(:@c, [3])
p b.instance_variables
p b.instance_variable_get(:@c)
p b.instance_variable_get(:@zzz)
p b.instance_variable_defined?(:@b)
p b.remove_instance_variable(:@a)
p b.instance_variables
