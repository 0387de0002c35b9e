a = [1, 2, 3].freeze
p a.frozen?
p a.map { _1 * 2 }
a << 4
