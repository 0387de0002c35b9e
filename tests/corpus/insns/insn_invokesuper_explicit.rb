class Base
  def hi(x) = "base #{x}"
end
class Kid < Base
  def hi(x) = super(x + 1)
end
p Kid.new.hi(1)
