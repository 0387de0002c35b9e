p defined?(puts)
p defined?(nope_xyz)
