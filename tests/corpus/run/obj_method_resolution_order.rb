module M1
  def hi = "M1"
end
module M2
  def hi = "M2"
end
class Base
  def hi = "Base"
end
class K < Base
  include M1
  include M2
end
p K.new.hi
p K.ancestors.take_while { |a| a != Object }
class K
  include M1
end
p K.ancestors.take_while { |a| a != Object }
