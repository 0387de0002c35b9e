p 1.5.zero?, 0.0.zero?, -0.0.zero?, 1.5.positive?, -1.5.negative?, -0.0.negative?, 0.0.positive?
p 1.5.integer?, 1.0.nonzero?, 0.0.nonzero?, 2.0.finite?
p 1.5.abs, -1.5.abs, -0.0.abs, 2.5.floor, 2.5.next_float > 2.5, 2.5.prev_float < 2.5
p 1.0.next_float, 1.0.prev_float, 0.0.next_float
p 0.1 + 0.2 == 0.3, (0.1 + 0.2 - 0.3).abs < Float::EPSILON
