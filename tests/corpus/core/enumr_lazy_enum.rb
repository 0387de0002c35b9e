lz = (1..Float::INFINITY).lazy
p lz.map { _1 * 2 }.select { _1 % 3 == 0 }.reject { _1 % 4 == 0 }.first(2)
p lz.take(5).force, lz.take_while { _1 < 3 }.to_a, lz.drop_while { _1 < 3 }.first(2)
p lz.each_slice(2).first(2), lz.zip(lz.map { -_1 }).first(2)
p lz.filter_map { _1 * 2 if _1.odd? }.first(3)
p lz.compact.first(1), lz.uniq { _1 % 3 }.first(3)
p lz.map { _1 * 2 }.class, lz.map { _1 }.eager.class
