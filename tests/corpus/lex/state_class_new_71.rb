klass = Class.new(Base) do
  def x; end
end
class Foo < Struct.new(:a, :b)
end
