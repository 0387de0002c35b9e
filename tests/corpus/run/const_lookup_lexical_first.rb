module Outer
  FIND_ME = "outer module"
  class Super
    FIND_ME = "superclass"
  end
  class Sub < Super
    def self.find = FIND_ME
  end
end
p Outer::Sub.find
class Outer::Sub
  def self.find2 = FIND_ME
end
p Outer::Sub.find2
