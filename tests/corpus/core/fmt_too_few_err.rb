p format("%s %s", 1, 2)
puts format("%s", "ok")
puts format("%s and %s", "one")
