a, b = 7, 2
p a ** b, a <=> b, a >> 1, a ^ b, a === b, a =~ b, a.eql?(b)
