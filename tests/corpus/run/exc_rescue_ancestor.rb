p ZeroDivisionError.ancestors.take_while { |c| c != Object }
p KeyError.superclass
p StopIteration.superclass
p NoMethodError.superclass
p FrozenError.superclass
p LocalJumpError.superclass
p SystemExit.superclass
begin
  { a: 1 }.fetch(:b)
rescue IndexError => e
  p [e.class, e.message]
end
