def capture(&b) = b
b = capture { |x, y| [x, y] }
p b.call(1, 2)
p b.arity
class K
  define_method(:from_block, &capture { |x| x * 2 })
end
p K.new.from_block(21)
p K.instance_method(:from_block).arity
l = capture(&->(z) { z })
p l.lambda?
