o = Object.new
p o.class, o.class.superclass, o.class.superclass.superclass
p o.singleton_class.ancestors.first(3).last(2)
p o.itself.equal?(o)
p 5.itself
p [1, 2, 2, 3].group_by(&:itself)
1.display
"x".display
puts
p defined?(foo), defined?(puts), defined?(String), defined?(@a), defined?(x = 1)
