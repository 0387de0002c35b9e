defined?(foo(1))
defined?(@a.b)
