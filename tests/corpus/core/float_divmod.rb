p 7.5.divmod(2), -7.5.divmod(2), 7.5.divmod(-2), 3.7 % 1, -3.7 % 1, 3.7.modulo(1)
p 7.5.remainder(2), -7.5.remainder(2), 6.0 / 4, 6.0.div(4), 6.0.fdiv(4), 1.0 % 0.3
p 10.0.divmod(3), 0.3.divmod(0.1), 1e20.divmod(7)
