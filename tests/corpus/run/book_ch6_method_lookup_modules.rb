module Professor
  def lectures = "teaches"
end
class Mathematician
  attr_accessor :first_name, :last_name
end
class Mathematician
  include Professor
end
fermat = Mathematician.new
fermat.first_name = "Pierre"
p fermat.lectures
p Mathematician.ancestors.take(3)
p Mathematician.superclass
p Professor.class
