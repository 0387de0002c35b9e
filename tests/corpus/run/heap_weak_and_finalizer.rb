require "objspace"
p ObjectSpace.respond_to?(:memsize_of)
p ObjectSpace.memsize_of("x").is_a?(Integer)
p ObjectSpace.count_objects_size.key?(:TOTAL)
obj = Object.new
ObjectSpace.define_finalizer(obj, proc { puts "finalized at exit" })
p :defined_finalizer
