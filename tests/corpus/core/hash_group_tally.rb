people = [["ann", 31], ["bob", 25], ["cat", 31], ["dan", 40], ["eve", 25]]
by_age = people.group_by(&:last)
p by_age, by_age.transform_values { |v| v.map(&:first) }, by_age.keys.sort, by_age.map { |k, v| [k, v.size] }.to_h
p people.to_h, people.to_h.select { _2 > 30 }.keys, people.map(&:last).tally.sort.to_h, people.sum(&:last) rescue p $!
p people.to_h.min_by(2, &:last), people.each_with_object(Hash.new(0)) { |(n, a), h| h[a] += 1 }
