[1.5, -1.5, 2.5, 25, -25, 5r/2, -5r/2, 2.675].each do |n|
  p [n.round, n.floor, n.ceil, n.truncate, (n.round(half: :even) rescue :err)]
end
p 1234.5678.round(2), 1234.5678.round(-2), 1234r.round(-2), (12345r/100).round(1)
