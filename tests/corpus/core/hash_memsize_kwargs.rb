# The hash a method gets for keywords: a copy of a **splatted hash (rb_hash_dup) unless the
# method has named keywords, then a new one made for what is left
require "objspace"
def size(h) = ObjectSpace.memsize_of(h)
def g(**kw) = kw
def n(a: 0, **kw) = kw
def f(h) = h
p size(g(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9))
p size(n(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10))
p size(f(a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9))
big = (1..40).to_h { [:"k#{_1}", _1] }
20.times { |i| big.delete(:"k#{i + 1}") }
p size(big), size(g(**big)), size(n(**big)), size(f(**big))
small = {a: 1, b: 2}
p size(g(**small)), size(n(**small)), size(f(**small))
