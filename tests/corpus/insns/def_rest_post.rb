def ends(first, *mid, last)
  [first, mid, last]
end
p ends(1, 2, 3, 4)
