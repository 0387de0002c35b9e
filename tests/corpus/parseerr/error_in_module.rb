module Util
  def self.twice(x)
    x * 2
  end
  PI = 3.14 +
end
puts Util.twice(2)
