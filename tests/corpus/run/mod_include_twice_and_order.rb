module A; end
module B; include A; end
class C
  include A
  include B
end
p C.ancestors.take_while { |m| m != Object }
class D
  include B
  include A
end
p D.ancestors.take_while { |m| m != Object }
