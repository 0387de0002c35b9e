class Fmt
  def wrap(x) = "[#{x}]"
end
m = Fmt.new.method(:wrap)
pr = m.to_proc
p pr.lambda?
p %w[a b].map(&m)
p pr.call("z")
p pr.arity
def top_square(x) = x * x
p [1, 2, 3].map(&method(:top_square))
