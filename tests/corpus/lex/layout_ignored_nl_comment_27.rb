foo(
  # leading
  1,
  # trailing
)
