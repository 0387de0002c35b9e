a = Proc.new { |x| x.to_s * 2 }
b = proc { |x| x.to_s * 3 }
c = lambda { |x| x * 4 }
d = ->(x) { x * 5 }
e = :to_s.to_proc
p [a.call(1), b.call(1), c.call(1), d.call(1), e.call(1)]
p [a.lambda?, b.lambda?, c.lambda?, d.lambda?, e.lambda?]
p [a.class, d.class]
def blk(&b) = b
p blk { }.lambda?
p blk(&d).lambda?
