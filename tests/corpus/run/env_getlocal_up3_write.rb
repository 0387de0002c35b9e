x = :outer
l1 = lambda do
  y = :level1
  lambda do
    z = :level2
    lambda do
      x = [x, y, z]
      y = :changed
    end
  end
end
inner = l1.call.call
inner.call
p x
