puts format("%s", "ok")
puts format("%s and %s", "one")
