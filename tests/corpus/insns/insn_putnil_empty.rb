x = nil
p x
