name = "w"
p eval('"hi #{name}!" + name')
