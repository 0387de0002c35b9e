s = GC.stat
p s.class, s.key?(:count), s.key?(:heap_live_slots), s.key?(:total_allocated_objects), s.key?(:major_gc_count)
p GC.stat(:total_allocated_objects).is_a?(Integer), GC.stat[:count].is_a?(Integer), GC.stat(:count) >= 0
h = {}
GC.stat(h)
p h.key?(:minor_gc_count)
