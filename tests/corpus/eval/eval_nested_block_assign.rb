x = 5
p eval("[1].each { x = 7; z = x }; x")
