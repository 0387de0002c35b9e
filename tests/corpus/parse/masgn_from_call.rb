first, second = pair()
k, v = h.first
