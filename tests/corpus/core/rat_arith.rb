a = 1/3r
b = 1/6r
p a + b, a - b, a * b, a / b, a ** 2, a ** -2, a ** 0, -a
p a + 1, a * 3, a + 0.5, a * 1.0, 1 - a, 2 / a
p a <=> b, a == 2 * b, a > b, a.abs, (-a).abs
p (1/3r) ** 0.5, 2r ** (1/2r), 4r ** (1/2r)
p a.divmod(b), (7/2r).divmod(1), (7/2r) % 1, (-7/2r).div(1)
