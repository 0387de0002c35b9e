s = "#{<<~A.strip}"
  inner
A
p s
