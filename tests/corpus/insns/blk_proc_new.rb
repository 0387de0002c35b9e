pr = proc { |a, b| [a, b] }
p pr.call(1), pr.call(1, 2, 3)
