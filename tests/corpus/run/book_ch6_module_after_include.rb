module Professor
  def lectures = "lectures"
end
class Mathematician
  include Professor
end
fermat = Mathematician.new
module Professor
  def primary_classroom = "room 101"
end
p fermat.primary_classroom
module Employee
  def salary = 1000
end
module Professor
  include Employee
end
p fermat.respond_to?(:salary)
p Professor.ancestors
