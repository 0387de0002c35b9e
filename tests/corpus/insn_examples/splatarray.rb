args = [1, 2]
puts(*args)
