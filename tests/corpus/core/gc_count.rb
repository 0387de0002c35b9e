before = GC.count
GC.start
after = GC.count
p after > before, GC.count.is_a?(Integer)
GC.start(full_mark: true, immediate_sweep: true)
p GC.count > after
p GC.latest_gc_info.class, GC.latest_gc_info.key?(:major_by)
