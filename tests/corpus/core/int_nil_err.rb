x = nil
p 5 * 2
p 5 * x
