p proc {}.arity
p proc { |x| }.arity
p proc { |x, y| }.arity
p proc { |x, *y| }.arity
p proc { |*x| }.arity
p proc { |x = 1| }.arity
p lambda { |x| }.arity
p lambda { |x, y = 1| }.arity
p lambda { |x, *y| }.arity
p ->(a:) {}.arity
p ->(a: 1) {}.arity
p ->(x, **k) {}.arity
p proc { || }.arity
