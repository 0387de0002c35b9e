class A; end
class B < A; end
class C < B; end
k = C
chain = []
while k
  chain << k
  k = k.superclass
end
p chain
p C.ancestors.include?(Kernel)
p BasicObject.superclass
p Class.superclass
p Module.superclass
p C < A
p A < C
p C <= C
p (A <=> C)
