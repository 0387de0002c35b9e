x = 1
p defined?(x), defined?(y), defined?(@a), defined?(String), defined?(Nope), defined?(puts), defined?(3 + 3), defined?(yield)
@a = 1
p defined?(@a), defined?($stdout), defined?(self), defined?(nil), defined?(true), defined?(x = 2), defined?(super)
p defined?(String.new), defined?(String.nope), defined?([].size), defined?(@@cv) rescue p $!
