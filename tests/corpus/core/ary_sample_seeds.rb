pool = %w[ant bee cat dog eel fox gnu hen]
[0, 1, 2, 42, 1000].each do |seed|
  r = Random.new(seed)
  p [seed, pool.sample(random: r), pool.sample(3, random: r), pool.shuffle(random: r).first(3)]
end
