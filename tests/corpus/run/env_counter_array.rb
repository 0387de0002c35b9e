counters = (1..3).map do |i|
  n = i * 100
  -> { n += 1 }
end
counters[0].call
counters[0].call
counters[2].call
p counters.map(&:call)
