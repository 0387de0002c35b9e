foo (1)
foo(1)
foo (1), 2
foo (1).bar
x = 1
x (1) rescue 0
