config = {}
config in {}
