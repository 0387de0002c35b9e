foo
  .bar

  # note

x = 1
  .to_s
