x = 1 if
  condition
y = 2 unless
  other
