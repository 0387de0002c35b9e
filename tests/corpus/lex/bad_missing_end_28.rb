def foo
  if x
    1
