x = "#{<<~A}"
  inner
A
