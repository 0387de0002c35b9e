alias
  a b
undef
  c
