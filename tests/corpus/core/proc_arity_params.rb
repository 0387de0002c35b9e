p proc { }.arity, proc { |x| }.arity, proc { |x, y| }.arity, proc { |*x| }.arity, proc { |x, *y| }.arity, proc { |x = 1| }.arity
p lambda { }.arity, lambda { |x| }.arity, ->(x, y) {}.arity, ->(*x) {}.arity, ->(x, y = 1) {}.arity, ->(x:) {}.arity, ->(x: 1) {}.arity
p proc { |x, y| }.parameters, lambda { |x, y = 1, *z, k:, &b| }.parameters, proc { |(a, b), c| }.parameters
p method(:puts).arity, method(:format).arity, 1.method(:+).arity, [].method(:push).arity
def m(a, b = 1, *c, d, e:, f: 2, **g, &h); end
p method(:m).arity, method(:m).parameters
p proc { _1 + _2 }.arity, proc { _1 }.parameters, lambda { _1 }.arity
