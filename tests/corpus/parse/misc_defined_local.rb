x = 1
p defined?(x)
