p Math.log(1), Math.log(Math::E), Math.log(100, 10), Math.log(8, 2), Math.log2(1024), Math.log10(1000)
p Math.exp(0), Math.exp(1), Math.exp(2), Math.log(0), Math.log2(2**1000), Math.log10(10**400)
p Math.log(2**1000).round(6), Math.log(10**400).round(6)
p Math.log(0.5), Math.log10(0.001), Math.exp(-1)
