def sign(n) = n.positive? ? 1 : n.negative? ? -1 : 0
