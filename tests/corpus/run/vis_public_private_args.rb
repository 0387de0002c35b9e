class Multi
  def a = :a
  def b = :b
  def c = :c
  private :a, :b
  public
  def d = :d
end

p Multi.public_instance_methods(false).sort
p Multi.private_instance_methods(false).sort
class Multi
  public :a
end
p Multi.new.a
p Multi.private_instance_methods(false).sort
