tree = Hash.new { |h, k| h[k] = Hash.new(&h.default_proc) }
tree[:a][:b][:c] = 1
tree[:a][:d] = 2
tree[:x][:y] = 3
p tree, tree.dig(:a, :b, :c), tree.keys, tree[:a].keys
config = {db: {user: "root", ports: [5432, 5433]}}
p config[:db][:ports].last, config.dig(:db, :ports, 0), config.dig(:db, :missing), config.to_a.flatten(1)
