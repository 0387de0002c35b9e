defined?(a) && defined?(b)
