x = 1
p defined?(x), defined?(@a), defined?(Foo), defined?(self), defined?(yield), defined?(super)
