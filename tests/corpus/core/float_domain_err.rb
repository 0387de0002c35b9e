p 1e20.to_i, -2.5.round
p 3.5.round
p (0.0 / 0.0).to_i
