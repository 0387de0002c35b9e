before = GC.count
GC.start
after = GC.count
p after > before
p GC.start.nil?
3.times { GC.start }
p GC.count - after >= 3
p GC.respond_to?(:stat)
