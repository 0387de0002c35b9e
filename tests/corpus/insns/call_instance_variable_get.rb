o = Object.new
o.instance_variable_set(:@x, 1)
p o.instance_variable_get(:@x)
