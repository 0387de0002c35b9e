defined? x = 1
defined?(String.new)
defined?(@a && @b)
defined?([1])
defined?(self)
defined?(nil)
