p 7 / 2, -7 / 2, 7 / -2, -7 / -2
p 7 % 3, -7 % 3, 7 % -3, -7 % -3
p 7.divmod(2), 7.divmod(-2), -7.divmod(2), -7.divmod(-2)
p 7.remainder(3), -7.remainder(3), 7.remainder(-3), -7.remainder(-3)
p 7.modulo(-3), -7.div(2), 7.fdiv(2), -7.fdiv(2), 6.fdiv(3)
p 7.divmod(2.5), -7.divmod(2.5), 7.0 / 2, 7 / 2.0
p 7.div(2.5), 7 % 2.5, -7 % 2.5
p (2**70).fdiv(2**69), 1.fdiv(3)
