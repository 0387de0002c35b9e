h = {}
h["name"] = "ruby"
p h
