class P
  def initialize
    @a = 1
    @b = "two"
  end
  def set_c = @c = nil
end
o = P.new
p o.instance_variables
o.set_c
p o.instance_variables
p o.instance_variable_get(:@b)
o.instance_variable_set(:@d, [4])
p o.instance_variables
p o.instance_variable_defined?(:@d), o.instance_variable_defined?(:@zz)
p o.remove_instance_variable(:@a)
p o.instance_variables
p Object.new.instance_variables
