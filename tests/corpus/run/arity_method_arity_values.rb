class A
  def m0 = nil
  def m1(a) = nil
  def m2(a, b = 1) = nil
  def m3(*a) = nil
  def m4(a, *b, c) = nil
  def m5(a:) = nil
  def m6(a: 1) = nil
  def m7(x, a:, **k) = nil
  def m8(&b) = nil
end
p (0..8).map { |i| A.instance_method(:"m#{i}").arity }
