class Base
  LIMIT = 10
end
module Mixin
  COLOR = "blue"
end
class Kid < Base
  include Mixin
  def self.show = [LIMIT, COLOR]
end
p Kid.show
p Kid::LIMIT
p Kid::COLOR
p Kid.const_get(:LIMIT)
p Kid.const_defined?(:LIMIT)
p Kid.const_defined?(:LIMIT, false)
