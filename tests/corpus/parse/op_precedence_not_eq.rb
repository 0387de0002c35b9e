!a == b
!(a == b)
