class Cl
  def a = 1
  def b = 2
  undef b
  undef :a
end
p Cl.instance_methods(false)
