foo(<<A, 1).bar
  content
A
baz
