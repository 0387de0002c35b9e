class P0
  def go(a, b = 2) = [a, b]
end
class C0 < P0
  def go(a, b = 3)
    super
  end
end
p C0.new.go(1)
