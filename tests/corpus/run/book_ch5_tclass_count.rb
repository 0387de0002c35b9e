GC.disable
before = ObjectSpace.count_objects[:T_CLASS]
class Mathematician; end
p ObjectSpace.count_objects[:T_CLASS] - before
before = ObjectSpace.count_objects[:T_CLASS]
class Statistician < Mathematician; end
p ObjectSpace.count_objects[:T_CLASS] - before
GC.enable
