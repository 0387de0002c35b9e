p 0.zero?, 1.zero?, 3.odd?, 3.even?, -3.odd?, 0.even?
p 5.positive?, -5.negative?, 0.positive?, 0.negative?
p 5.pred, 5.succ, -1.succ, 5.next, 5.abs, -5.abs, -5.magnitude
p 10.integer?, 10.finite?, 10.infinite?, 10.nonzero?, 0.nonzero?
p 7.size, (2**100).size rescue p $!
p 3.coerce(4.5), 3.coerce(2)
p 10.between?(1, 10), 3.clamp(4, 5)
