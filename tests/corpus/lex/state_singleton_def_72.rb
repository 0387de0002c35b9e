class << self; attr_accessor :a; end
o = Object.new
def o.x; end
class << o
  def y; end
end
