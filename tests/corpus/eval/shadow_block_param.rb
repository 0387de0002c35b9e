a = 1
[2].each { |a| p eval("a") }
