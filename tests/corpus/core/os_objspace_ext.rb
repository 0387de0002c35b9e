require "objspace"
p ObjectSpace.memsize_of(1), ObjectSpace.memsize_of(nil), ObjectSpace.memsize_of("x").positive?
p ObjectSpace.memsize_of("x" * 1000) > ObjectSpace.memsize_of("x"), ObjectSpace.memsize_of_all.is_a?(Integer)
h = ObjectSpace.count_objects_size
p h.class, h[:TOTAL] >= h[:T_STRING].to_i, h.values.all?(Integer)
GC.start
c1 = GC.count
GC.start(full_mark: false)
p GC.count - c1, GC.latest_gc_info[:major_by], GC.stat[:minor_gc_count] >= 1
p ObjectSpace._id2ref(nil.object_id), ObjectSpace._id2ref(7.object_id), ObjectSpace._id2ref(true.object_id)
