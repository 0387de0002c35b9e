case [1, 2]
in [a, b]
  a -1
  b [0]
end
a /2
