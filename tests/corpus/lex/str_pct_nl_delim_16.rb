a = %w(a
b c
d)
b = %i(
  one
)
