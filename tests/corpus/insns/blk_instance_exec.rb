o = Object.new
o.instance_variable_set(:@z, 1)
p o.instance_exec(2) { |a| @z + a }
