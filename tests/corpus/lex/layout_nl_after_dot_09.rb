foo.
  bar.
  baz
