def sample(a, b = 1, *rest, c, d:, e: 2, **opts, &blk); end
p method(:sample).parameters
p method(:sample).arity
def fwd(...); end
p method(:fwd).parameters
def anon_rest(*, **); end
p method(:anon_rest).parameters
p ->(x, (y, z)) {}.parameters
p proc { |x, (y, z)| }.parameters
