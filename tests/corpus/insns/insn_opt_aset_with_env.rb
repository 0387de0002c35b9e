store = {}
store["a"] = 1
store["b"] = 2
p store.size
