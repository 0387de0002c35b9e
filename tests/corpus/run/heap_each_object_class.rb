class Tracked; end
list = Array.new(5) { Tracked.new }
p ObjectSpace.each_object(Tracked).count >= 5
p ObjectSpace.each_object(Class).include?(Tracked)
mods = ObjectSpace.each_object(Module).select { |m| m.name == "Tracked" }
p mods.size
p list.size
