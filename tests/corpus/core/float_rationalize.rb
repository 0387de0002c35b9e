p 0.25.rationalize, 2.5.rationalize(1), -0.1.rationalize
p 0.1.rationalize, 0.3.rationalize, 1.0.rationalize, 3.14159.rationalize(0.001), 0.333.rationalize(0.01)
p 0.1.to_r, 0.5.to_r, (-0.75).to_r, 1e-3.to_r.denominator.bit_length, 1.5.rationalize(1r/2)
