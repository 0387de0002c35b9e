def walk(tree, depth = 0, &blk)
  blk.call(tree[0], depth)
  tree[1..].each { |child| walk(child, depth + 1, &blk) }
end

tree = [:root, [:a, [:a1], [:a2]], [:b, [:b1, [:b1x]]]]
walk(tree) { |name, d| puts "#{"  " * d}#{name}" }
count = 0
walk(tree) { count += 1 }
p count
