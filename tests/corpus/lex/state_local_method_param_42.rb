def m(a, b = 1, *c, d:, **e, &f)
  a -1
  b [0]
  c *1
  d /2
  e &f
end
