class Mathematician
  @type = "General"
  @@type = "General"
  def self.type = @type
  def self.cv_type = @@type
end
class Statistician < Mathematician
  @type = "Statistics"
  @@type = "Statistics"
end
p Mathematician.type
p Statistician.type
p Mathematician.cv_type
p Statistician.cv_type
