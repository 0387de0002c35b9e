value = [3, 1]
  # comment
  .sort
