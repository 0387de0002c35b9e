a = (1 +
puts a
b = [
  1,
  2 3
]
c = {x: 1 y: 2}
d = foo(.)
