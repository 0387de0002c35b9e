p defined?(1 + 1)
p defined?(String.new)
p defined?(@@cv)
