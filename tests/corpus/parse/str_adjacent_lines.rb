msg = "line one " \
  "line two"
