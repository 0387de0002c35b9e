for i in 1..3
  p i
end
