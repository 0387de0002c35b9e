p ObjectSpace.respond_to?(:garbage_collect), ObjectSpace.garbage_collect.nil?
id = "abc".object_id
p id.is_a?(Integer), ObjectSpace._id2ref(nil.object_id) rescue p $!.class
p 1.object_id == 1.object_id, nil.object_id, true.object_id, false.object_id, 1.object_id, 0.object_id
