undef a, b
undef :c, :d
undef e,
  f
undef ==, <=>
