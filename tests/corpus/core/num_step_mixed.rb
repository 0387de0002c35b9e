p 1.step(2, 1r/2).map(&:class), 1.0.step(2, 1).to_a
p 1.step(2, 0.5).to_a, 1r.step(2, 1r/3).to_a, 1.step(2r, 1r/2).to_a
p (1..2).step(1r/2).to_a, 0.step(1, 0.25).map(&:class).uniq
