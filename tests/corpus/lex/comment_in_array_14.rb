a = [
  1, # one
  # nothing
  2
]
