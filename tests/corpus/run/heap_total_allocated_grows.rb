before = GC.stat[:total_allocated_objects]
objs = Array.new(1000) { Object.new }
after = GC.stat[:total_allocated_objects]
p after - before >= 1000
p objs.size
strs = 500.times.map { |i| "s#{i}" }
p GC.stat[:total_allocated_objects] - after >= 500
p strs.last
