class P1
  def m(x) = x
end
class C1x < P1
  def m(x)
    x = x * 10
    super
  end
end
p C1x.new.m(1)
