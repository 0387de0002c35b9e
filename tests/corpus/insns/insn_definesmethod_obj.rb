o = Object.new
def o.name = "obj"
p o.name
