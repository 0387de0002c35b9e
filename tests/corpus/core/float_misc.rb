p 3.14.truncate(1), -3.16.truncate(1), 1.23456e-5.round(7), 12345.6789.round(-3)
p 1.5.floor(-1), 15.5.ceil(-1), 0.5 + 0.5 == 1, 2.0 * 0.5
p 10.0.divmod(0.3).map { _1.round(10) }, 7.0.quo(2), 1.0.abs2, 1.0.arg, -1.0.arg
p 3.0.to_r, 0.75.to_r, 3.0.rationalize, 1e-3.rationalize(1r/100)
p 2.0.polar, -2.0.polar, 4.0.real?, 4.0.imag, 4.0.conjugate
