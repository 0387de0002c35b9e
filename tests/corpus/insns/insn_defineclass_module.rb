module Util
  def self.twice(x) = x * 2
end
p Util.twice(4)
