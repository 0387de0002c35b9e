!defined?(x)
