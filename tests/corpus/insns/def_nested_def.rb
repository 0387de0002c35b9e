def outer_m
  def inner_m = :inner
  inner_m
end
p outer_m
