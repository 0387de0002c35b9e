obj = Object.new
obj.define_singleton_method(:greet) { |n| "hi #{n}" }
p obj.greet("x")
klass = Class.new
klass.define_singleton_method(:build) { new }
p klass.build.class == klass
val = 10
obj.define_singleton_method(:val) { val }
val = 11
p obj.val
p obj.singleton_methods.sort
