class Widget
  @@count = 0
  def initialize = @@count += 1
  def self.count = @@count
end
class Gizmo < Widget; end
Widget.new
Gizmo.new
Gizmo.new
p Widget.count
p Gizmo.count
p Widget.class_variables
