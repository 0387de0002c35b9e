class Mathematician
  attr_accessor :name
  def initialize(n) = @name = n
end
module Professor
  def name = "Prof. " + super
end
class Mathematician
  prepend Professor
end
poincare = Mathematician.new("Poincare")
p poincare.name
p Mathematician.ancestors.take(3)
