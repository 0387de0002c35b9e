GC.disable
before = ObjectSpace.count_objects[:T_CLASS]
class Mathematician
  attr_accessor :first_name, :last_name
end
after = ObjectSpace.count_objects[:T_CLASS]
p after - before
before2 = ObjectSpace.count_objects[:T_CLASS]
class AnotherOne; end
p ObjectSpace.count_objects[:T_CLASS] - before2
GC.enable
