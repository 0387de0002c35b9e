Pt = Struct.new(:x, :y, :z)
pt = Pt.new(1, 2, 3)
p pt.to_h { |k, v| [k.to_s, v * 10] }, pt.each_pair.to_a, pt.select(&:odd?), pt.sum, pt.max, pt.sort.reverse
p pt.members.zip(pt.to_a), pt.values_at(0..1), pt.size, pt.length, Pt.members.map(&:to_proc).map { _1.call(pt) }
