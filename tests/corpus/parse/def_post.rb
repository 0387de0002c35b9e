def wrap(first, *middle, last)
  [first, middle, last]
end
