a = 1 + # plus
  2
b = c || # or
  d
