def box(w: [1].size, h: w * 2)
  [w, h]
end
p box(w: 3)
