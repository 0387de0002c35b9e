include Math
p sqrt(49), PI.round(5), E.floor(3), hypot(6, 8), cos(0)
p Math.respond_to?(:sqrt), Math.private_instance_methods.include?(:sqrt)
def dist(a, b) = Math.sqrt(a.zip(b).sum { (_1 - _2)**2 })
p dist([0, 0], [3, 4]), dist([1, 2, 3], [4, 6, 3])
