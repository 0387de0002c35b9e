p Math.sinh(0), Math.cosh(0), Math.tanh(0), Math.sinh(1), Math.cosh(1), Math.tanh(1)
p Math.asinh(1), Math.acosh(1), Math.atanh(0.5)
p Math.erf(0), Math.erf(1), Math.erfc(1), Math.gamma(5), Math.gamma(0.5), Math.lgamma(3)
p Math.ldexp(0.5, 4), Math.frexp(8.0)
