Base = Class.new do
  def greet = "hello from #{self.class.name || "anon"}"
end
Sub = Class.new(Base) do
  def greet = super + "!"
end
p Sub.new.greet
p Sub.superclass
anon = Class.new(Sub)
p anon.new.greet
p anon.ancestors.include?(Base)
