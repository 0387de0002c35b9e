case [a, b]
in [x, y] if x == y && x > 0
  :same_pos
end
