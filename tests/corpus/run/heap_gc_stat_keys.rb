s = GC.stat
p s.is_a?(Hash)
%i[count heap_live_slots total_allocated_objects total_freed_objects].each do |k|
  p [k, s.key?(k)]
end
p GC.stat(:count).is_a?(Integer)
p GC.stat[:count] == GC.count
