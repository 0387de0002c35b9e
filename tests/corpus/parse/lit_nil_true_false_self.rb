a = nil
b = true
c = false
d = self
