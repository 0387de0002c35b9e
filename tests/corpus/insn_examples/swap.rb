point = Struct.new(:x).new(0)
point.x += 1
