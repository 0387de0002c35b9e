# shareable_constant_value: literal
X = [1, 2]
