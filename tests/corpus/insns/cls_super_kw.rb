class P3
  def opt(a, k: 1) = [a, k]
end
class C3 < P3
  def opt(a, k: 2) = super
end
p C3.new.opt(0)
