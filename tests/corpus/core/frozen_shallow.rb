a = ["str", [1]].freeze
a[0] << "ing"
a[1] << 2
p a, a.frozen?, a[0].frozen?
h = {list: []}.freeze
h[:list] << :x
p h
d = a.map(&:dup)
p d.frozen?
