class Gate
  def open = :open
  private def lock = :lock
end
g = Gate.new
p g.method(:lock).call
begin
  g.public_method(:lock)
rescue NameError => e
  p e.class
end
p g.public_method(:open).call
p Gate.instance_method(:lock).bind_call(g)
