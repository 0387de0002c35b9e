r = (1..10)
p r, (1...10), r.begin, r.end, r.first, r.last, r.min, r.max, r.size, r.count, r.sum, r.to_a.size
p (1...10).last, (1...10).max, (1...10).size, (1..10).last(3), (1..10).first(3), (1...1).to_a, (5..1).to_a
p r.exclude_end?, (1...2).exclude_end?, r.include?(5), r.member?(11), r.cover?(2..3), r === 5, r.to_s, r.inspect
p (1..0).size, (1..0).min, (1..0).max, (1..0).sum, (0..0).to_a, (-3..-1).to_a, (1.5..3).include?(2)
