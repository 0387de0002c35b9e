defined? x
defined?(x)
defined? -1
defined? [1]
