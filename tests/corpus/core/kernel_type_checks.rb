p 1.instance_of?(Integer), 1.instance_of?(Numeric)
p 1.is_a?(Integer), 1.is_a?(Numeric), 1.is_a?(Comparable), 1.is_a?(String)
p 1.kind_of?(Object), 1.kind_of?(BasicObject), 1.kind_of?(Kernel)
p "s".is_a?(Comparable), [].is_a?(Enumerable), {}.kind_of?(Enumerable)
p nil.is_a?(NilClass), nil.instance_of?(Object)
class A; end
class B < A; end
b = B.new
p b.is_a?(A), b.instance_of?(A), b.instance_of?(B)
p Integer === 3, Numeric === 3.0, String === :s
p B <= A, A <= B, B < B, B <= B
