class A
  def method_missing(name, *args) = "A handles #{name}"
end
class B < A
  def hello = super
end

p B.new.hello
class C < A
  def respond_to_missing?(*) = true
end
p C.new.method(:whatever).call
