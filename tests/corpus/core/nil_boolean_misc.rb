p !!nil, !!0, nil.to_a + [1], [nil, false, 0].reject(&:!), (nil or :or), (false || nil), (1 and 2)
p defined?(nil), defined?(true), nil.singleton_class, true.singleton_class rescue p $!
p NilClass === nil, FalseClass === false, [TrueClass, FalseClass].include?(true.class)
