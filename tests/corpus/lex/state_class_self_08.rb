class << self
  def x; end
end
class <<obj
  attr_reader :y
end
