case point
in [x, y]
  x + y
in [x, y, z]
  x + y + z
end
