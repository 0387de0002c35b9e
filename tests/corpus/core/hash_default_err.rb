h = Hash.new { |hash, key| raise KeyError, "unknown setting #{key}" }
h[:a] = 1
p h[:a]
p h[:b]
