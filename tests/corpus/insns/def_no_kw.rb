def strict(a, **nil) = a
p strict(1)
