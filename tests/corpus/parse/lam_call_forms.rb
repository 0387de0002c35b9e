f = ->(x) { x }
f.call(1)
f.(1)
f[1]
f === 1
