counter = 0
inc = -> { counter += 1 }
3.times { inc.call }
p counter
def make_counter
  n = 0
  [-> { n += 1 }, -> { n }]
end
i, g = make_counter
i.(); i.()
p g.()
adders = (1..3).map { |k| ->(x) { x + k } }
p adders.map { _1.(10) }
x = 10
b = binding
x = 20
p b.local_variable_get(:x), b.local_variables.include?(:x)
