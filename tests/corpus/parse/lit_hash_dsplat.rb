h = {a: 1, **other}
g = {**x, **y, z: 1}
