m = 5.method(:+)
p m.call(3)
p m.arity, m.name, m.owner
p m.receiver
um = m.unbind
p um.class
p um.bind(10).call(1)
def hello(a, b = 2, *r, k:, o: 1, **kw, &blk); end
p method(:hello).parameters
p method(:hello).arity
p [1, 2, 3].map(&10.method(:*))
p method(:puts).owner
