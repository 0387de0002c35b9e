class Doubler
  def to_proc = ->(x) { x * 2 }
end
p [1, 2, 3].map(&Doubler.new)
h = { a: 1, b: 2 }
p %i[a b a].map(&h)
def yielder = yield(5)
p yielder(&->(x) { x + 1 })
pr = proc { |x| x * 3 }
p yielder(&pr)
p pr.to_proc.equal?(pr)
