obj.name = "x"
obj.name=("y")
obj.count += 1
obj&.size = 3
