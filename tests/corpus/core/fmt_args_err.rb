p format("%d", "42"), format("%d", "0b11")
p format("%s %s", "only one", "two")
puts format("%d apples", "many")
