a = [[:a, 1], [:b, 2], [:c, 3], :d, [:e]]
p a.assoc(:b), a.assoc(:z), a.rassoc(3), a.rassoc(9), a.assoc(:e)
p [[1, :x], [2, :y]].to_h, [[1, :x]].to_h.invert
