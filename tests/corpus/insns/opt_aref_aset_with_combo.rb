h = {}
h["count"] = 0
h["count"] = h["count"] + 1
p h["count"]
