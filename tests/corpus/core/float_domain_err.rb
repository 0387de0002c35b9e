p 3.5.round
p (0.0 / 0.0).to_i
