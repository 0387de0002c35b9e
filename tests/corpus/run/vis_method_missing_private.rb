class Catcher
  def inspect = "#<Catcher>"
  def method_missing(name, *args)
    "caught #{name}"
  end
  private def priv = :p
end

c = Catcher.new
p c.priv
p c.other
p c.send(:priv)
