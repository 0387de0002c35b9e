x = 1
x.foo(1 2).bar(3 4)
puts x
