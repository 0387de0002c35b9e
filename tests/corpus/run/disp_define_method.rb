class Calc
  %w[add sub mul].zip([:+, :-, :*]).each do |name, op|
    define_method(name) { |a, b| a.send(op, b) }
  end
  define_method(:noarg) { "no args" }
  define_method(:with_default) { |a, b = 10| a + b }
end

c = Calc.new
p c.add(2, 3)
p c.sub(2, 3)
p c.mul(2, 3)
p c.noarg
p c.with_default(1)
p c.with_default(1, 2)
p Calc.instance_method(:add).arity
