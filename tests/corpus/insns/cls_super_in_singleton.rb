class Pp
  def self.make = :p
end
class Cc < Pp
  def self.make = [super, :c]
end
p Cc.make
