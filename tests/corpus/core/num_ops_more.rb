p 3.pow(4, 5), (-3).pow(3, 7), 2.pow(100, 10**9 + 7), 5.pow(2, -3)
p((2.pow(-1, 5) rescue $!.class), (2.pow(3, 0) rescue $!.message))
p 10.divmod(-3), -10.divmod(3.5), 10.5.divmod(-3), -7.5.div(2), 7.5 % -2, (-7.5).remainder(2), 7.remainder(-2.5)
p 1234.5678.floor(2), 1234.5678.ceil(-2), -1234.5678.truncate(1), 0.1.round(20), 2.5.round, 3.5.round, -2.5.round(half: :even)
p 12.34.divmod(0.1), 1e308 * 10, -1e308 * 10, (0.0 / 0.0).to_s, 5.fdiv(-0.0)
p 255.digits(16), 10**20 >> 60, -1 << 3, 7[0..1], 6[1, 2], (2**64).bit_length, (-2**64).bit_length
p 0.step(1, 0.3).to_a, 1.step(2, 1r/3).to_a, 10.step(1, -3.5).to_a, 1.0.step(by: 0.5, to: 2).to_a
p 1.step(3).size, 1.step(10, 4).last, 1.0.step(2.0, 0.5).size, 5.step(1).to_a
e = 3.step
p e.first(3), e.class
p 1.upto(3).to_a, 3.downto(1).map { _1 * 2 }, 4.times.sum, 3.times.to_a.reverse
p Integer.sqrt(10**30 + 1), Integer.sqrt(2**64 - 1), 10.gcd(-4), -10.lcm(4), 0.gcdlcm(0)
p 65.chr, 255.chr.bytes, (256.chr rescue $!.message), 0x1F600.chr("UTF-8"), 97.ord, 3.size, (2**65).size
