def bk(*a, **k) = yield(*a, **k)
p bk(1, z: 2) { |a, z:| [a, z] }
