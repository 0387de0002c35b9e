x = 1
[1].each { eval("x += 1; x ||= 3") }
p x
