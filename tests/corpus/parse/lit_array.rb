a = []
b = [1, 2, 3]
c = [1, "two", :three, [4]]
