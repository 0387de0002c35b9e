class Ops
  def op_add(a, b) = a + b
  def op_mul(a, b) = a * b
end
o = Ops.new
%w[add mul].each { |n| p o.send("op_#{n}", 3, 4) }
p o.respond_to?("op_add")
p Ops.instance_methods(false).grep(/op_/).sort
p o.public_send(:"op_#{"add"}", 1, 1)
