env = {}
env["HOME"]
