checker = lambda do |x|
  raise TypeError, "expected Integer, got #{x.class}" unless x.is_a?(Integer)
  x
end

def apply(fn, v) = fn.call(v)

p apply(checker, 3)
p apply(checker, "three")
