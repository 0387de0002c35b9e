a = proc { 1 }
b = a.dup
p a == a
p a.call == b.call
p a.lambda? == b.lambda?
l = lambda { 2 }
p l.dup.lambda?
p proc(&l).lambda?
p Proc.new(&l).lambda?
