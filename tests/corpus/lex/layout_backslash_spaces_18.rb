foo(1) \
  .bar
x = 1 +\
  2
