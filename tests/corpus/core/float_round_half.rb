vals = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.15, 0.25, 0.35, 2.675, 1.0005]
vals.each do |v|
  p [v, v.round, v.round(half: :even), v.round(half: :down), v.round(half: :up), v.round(1), v.round(1, half: :even), v.round(2)]
end
