p 3.to_f, 3.to_r, 3.to_c, 3.to_i, 3.to_int, 3.numerator, 3.denominator
p 3.rationalize, 3.real?, 3.imaginary, 3.real, 3.conj, 3.abs2, 3.arg, -3.arg, 3.polar
p 65.to_s.encoding, (2**64).to_f, (10**400).to_f rescue p $!
p Integer === 2**64, (2**64).is_a?(Integer), (2**64).class
p 1.0.to_i, 1e20.to_i, -1.9.to_i, 1.9.round, -1.5.round
