p Integer.ancestors.take_while { _1 != Object }
p Float.ancestors.include?(Comparable), Rational.superclass, Complex.superclass
p 1.is_a?(Numeric), 1.0.real?, 1i.real?, Complex(1, 0).real?
p Numeric.instance_method(:step).owner, 1.integer?, 1.0.integer?, 1r.integer?
