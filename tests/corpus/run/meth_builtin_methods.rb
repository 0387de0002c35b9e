m = [3, 1, 2].method(:sort)
p m.call
p m.arity
p m.owner
p 5.method(:+).arity
p "str".method(:upcase).owner
p [].method(:push).arity
p m.unbind.bind([9, 8]).call
