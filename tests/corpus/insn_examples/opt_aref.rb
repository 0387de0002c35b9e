list = [10, 20]
list[0]
