case list
in [*init, last]
  last
in [a, *, b]
  [a, b]
end
