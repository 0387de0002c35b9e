GC.start
arr = []
5_000.times { |i| arr << [i, i.to_s] }
p arr.size, arr.last, GC.count.positive?
arr = nil
GC.start
p :ok
