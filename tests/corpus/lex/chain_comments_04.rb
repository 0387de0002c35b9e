foo
  # first comment
  .bar
  # second comment
  .baz
