p format("%s %s", "only one", "two")
puts format("%d apples", "many")
