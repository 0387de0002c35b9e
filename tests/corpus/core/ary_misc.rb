a = [3, 1, 2]
p a.reverse, a.length, a.size, a.empty?, [].empty?, a.sum, a.minmax, a.sort.first, a.to_a.equal?(a), a.entries
p a.each_slice(2).to_a, a.each_cons(2).to_a, a.partition(&:odd?), a.group_by(&:odd?), a.chunk_while { _2 == _1 + 1 }.to_a
p a.inspect, a.to_s, a.hash == [3, 1, 2].hash, a.frozen?, a.dup.frozen?, a.freeze.frozen?, a.dup.frozen?, a.clone.frozen?
p a.pack("C*"), a.filter_map { _1 * 2 if _1 > 1 }, a.sum { _1 * 0.5 }, a.tally, a.each_entry.to_a
