foo(1, 2,)
foo(
  a: 1,
  b: 2,
)
