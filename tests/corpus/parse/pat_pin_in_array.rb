x = 1
case [1, 2]
in [^x, y]
  y
end
