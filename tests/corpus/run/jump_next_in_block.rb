r = [1, 2, 3, 4].map do |x|
  next 0 if x.odd?
  x * 10
end
p r
s = [1, 2, 3].select { |x| next true if x == 2; false }
p s
def y = yield
p(y { next })
p(y { next 1, 2 })
