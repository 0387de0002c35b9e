class Parent
  private def greet = "hi from parent"
end
class Kid < Parent
  public :greet
end

p Kid.new.greet
begin
  Parent.new.greet
rescue NoMethodError => e
  p e.class
end
p Kid.instance_method(:greet).owner
p Kid.public_method_defined?(:greet)
