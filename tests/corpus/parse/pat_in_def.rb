def area(shape)
  case shape
  in {w:, h:} then w * h
  in {r:} then 3 * r * r
  end
end
