a.!
b.!()
c.!=(d)
x = !self
