p [3/4r, 1/2r, 2/3r].sort, [3/4r, 0.7, 1].max, 1/2r == 0.5, (1/3r) == 1.0 / 3
p (1/2r).eql?(1/2r), (1/2r).hash == Rational(2, 4).hash, {Rational(1, 2) => 1}[0.5r]
p (1/2r).between?(0, 1), (1/2r).clamp(1, 2)
