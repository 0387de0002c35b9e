class Ctx
  def initialize = @state = :ready
  def bnd = binding
end
b = Ctx.new.bnd
p b.receiver.class
p b.eval("@state")
p b.eval("self.class")
p b.source_location[1]
p TOPLEVEL_BINDING.receiver.to_s
