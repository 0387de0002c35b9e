class A2
  def run(a, b) = a - b
end
class B2 < A2
  def run(a, b)
    [0].map { |_| super }.first
  end
end
p B2.new.run(5, 2)
