s = [1]
args = [2]
p s&.push(*args)
