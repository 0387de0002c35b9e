GC.enable
p GC.disable, GC.disable, GC.enable, GC.enable, GC.enable
p GC.stress, GC.respond_to?(:compact)
x = (1..1000).map { "s#{_1}" }
p x.size
