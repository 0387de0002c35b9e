case shape
in Point(x, y)
  [x, y]
in Circle(r:)
  r
end
