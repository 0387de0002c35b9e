obj
  # c
  &.m1
  .m2 # c2
