p Math.gamma(1), Math.gamma(0.5), Math.gamma(10), Math.gamma(-1.5), Math.gamma(171.5), Math.gamma(-0.0)
p Math.lgamma(-0.5), Math.lgamma(0), Math.lgamma(-0.0), Math.lgamma(100), Math.lgamma(-2.5)
p Math.cbrt(-27), Math.cbrt(1e-300), Math.cbrt(0.001), Math.cbrt(Float::INFINITY), Math.cbrt(64)
p Math.frexp(0.0), Math.frexp(-3.5), Math.ldexp(0.75, -2), Math.ldexp(1, 1024)
p Math.erf(0.5), Math.erfc(0.5), Math.erf(-Float::INFINITY), Math.atanh(1), Math.atanh(-1)
p Math.log(8, 2), Math.log(2**2000), Math.log10(10**300 * 10), Math.log2(1 << 1100), Math.log(1, 0)
p Math.sqrt(1 << 200), Math.hypot(-3, 4r), Math.atan2(-0.0, -1), Math.atan2(0.0, -0.0), Math.exp(710)
[-> { Math.gamma(-1) }, -> { Math.lgamma(-Float::INFINITY) }, -> { Math.acosh(0.5) }, -> { Math.log(-1, 2) }].each do |l|
  l.call
rescue Math::DomainError => e
  p e.message
end
