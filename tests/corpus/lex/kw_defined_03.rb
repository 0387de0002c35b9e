defined?(foo)
defined? @bar
x = defined?(String) && 1
puts defined?(yield)
