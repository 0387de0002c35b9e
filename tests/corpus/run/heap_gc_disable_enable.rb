p GC.disable
p GC.disable
p GC.enable
p GC.enable
count = GC.count
GC.start
p GC.count > count
