a = 1 +
  2
b = 3 *
  4
c = x &&
  y
d = e ||
  f
