pr = proc { }
p pr.class, pr.inspect.start_with?("#<Proc:0x"), pr.inspect.include?("(lambda)"), lambda {}.inspect.include?("(lambda)")
p pr.source_location, method(:puts).inspect, 1.method(:+).inspect, [].method(:map).unbind.inspect
p String.instance_method(:upcase), Integer.instance_method(:+)
