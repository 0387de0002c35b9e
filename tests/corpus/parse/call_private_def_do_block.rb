private def m(xs)
  xs.any? do |x|
    x > 1
  end
end
p m([1, 2])
