s = "frozen".freeze
p s.frozen?
