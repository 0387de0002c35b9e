module Tools
  def hammer = 1
  def saw = 2
  private def secret_tool = 3
end
p Tools.instance_methods.sort
p Tools.private_instance_methods.sort
p Tools.instance_method(:saw).owner
p Tools.method_defined?(:hammer)
class Shed
  include Tools
end
p Shed.new.hammer
p Shed.instance_method(:hammer).owner
