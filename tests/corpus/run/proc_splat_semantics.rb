pr = proc { |a, b| [a, b] }
p pr.call([1, 2])
p pr.call([1, 2], 3)
p pr.call(1)
p pr.call
single = proc { |a| a }
p single.call(1, 2)
p single.call([1, 2])
trail = proc { |a, | a }
p trail.call([9, 8])
la = lambda { |a, b| [a, b] }
p [[1, 2]].map(&la) rescue p $!.class
