case v
in Geo::Point(x:, y:)
  x + y
in ::Top
  :top
end
