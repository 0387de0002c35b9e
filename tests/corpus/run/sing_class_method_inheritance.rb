class Base
  def self.create = "#{self.name} created"
  def self.kind = :base
end
class Child < Base
  def self.kind = :child
end
p Child.create
p Child.kind
p Base.kind
p Child.singleton_methods.sort
p Child.singleton_methods(false)
p Child.singleton_class.superclass == Base.singleton_class
