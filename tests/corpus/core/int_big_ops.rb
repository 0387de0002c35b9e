a = 2**200 + 12345
b = 3**100
p a + b, a - b, b - a, a * b
p a / b, a % b, a.divmod(b), -a / b, -a % b
p a.gcd(b), a.pow(3, b), a.bit_length, a.to_s(16)
p a > b, a == a + 0, (a * b) / b == a
p a.fdiv(b), Math.log10(a).round(6)
