class Source
  def twice(x) = x * 2
end
class Target
  define_method(:twice, Source.instance_method(:twice)) rescue p $!.class
  define_method(:triple) { |x| x * 3 }
  define_method(:lam, ->(x) { x - 1 })
end
t = Target.new
p t.triple(2)
p t.lam(10)
p Target.method_defined?(:twice)
module Shared
  def shout(s) = s.upcase
end
class Target
  define_method(:shout, Shared.instance_method(:shout))
end
p t.shout("ok")
