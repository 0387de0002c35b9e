class Holder
  def initialize = @v = :holder_ivar
  def make = proc { [self.class, @v] }
end
pr = Holder.new.make
p pr.call
@v = :main_ivar
p pr.call
top = proc { self }
p top.call
