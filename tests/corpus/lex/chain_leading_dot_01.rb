foo
  .bar
  .baz
