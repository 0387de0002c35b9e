a = 1, 2
b = *nil
c = *"s"
p a, b, c
