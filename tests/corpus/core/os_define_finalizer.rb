o = Object.new
ObjectSpace.define_finalizer(o, proc { puts "finalized" })
p :defined
ObjectSpace.undefine_finalizer(o)
obj = Object.new
ObjectSpace.define_finalizer(obj, proc { |id| puts "final at exit" })
puts "end of script"
