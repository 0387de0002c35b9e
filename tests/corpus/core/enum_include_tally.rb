p [1, 2, 3].include?(2), [1, 2, 3].member?(5), (1..10).include?(5.5), ("a".."z").include?("m")
p({a: 1}.include?(:a), {a: 1}.member?(1))
p %w[a b a c b a].tally
p [].tally, [nil, nil, 1].tally
p "mississippi".chars.tally.sort_by { |k, v| [-v, k] }
h = {"a" => 10}
p %w[a b].tally(h) rescue p $!.class
p h
