def k3(**o) = o
extra = { z: 9 }
p k3(a: 1, **extra)
