list = []
p list.size
