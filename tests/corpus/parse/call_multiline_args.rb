result = compute(
  1,
  2,
  3
)
