module Base
  def id = ["Base"]
end
module Left
  include Base
  def id = ["Left"] + super
end
module Right
  include Base
  def id = ["Right"] + super
end
class Both
  include Left
  include Right
  def id = ["Both"] + super
end
p Both.new.id
p Both.ancestors.take_while { |m| m != Object }
