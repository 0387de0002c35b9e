list = []
list << 1
