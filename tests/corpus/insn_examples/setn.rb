settings = {}
settings[:mode] = "fast"
