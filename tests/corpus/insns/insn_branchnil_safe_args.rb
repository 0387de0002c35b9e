str = "hey"
p str&.center(7, ".")
