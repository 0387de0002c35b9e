a = nil
b = a || 5
p b
