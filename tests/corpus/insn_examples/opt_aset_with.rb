env = {}
env["HOME"] = "/root"
