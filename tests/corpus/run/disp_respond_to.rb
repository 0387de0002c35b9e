class Thing
  def pub = 1
  private def priv = 2
  protected def prot = 3
end

t = Thing.new
p t.respond_to?(:pub)
p t.respond_to?(:priv)
p t.respond_to?(:priv, true)
p t.respond_to?(:prot)
p t.respond_to?(:prot, true)
p Thing.method_defined?(:priv)
p Thing.private_method_defined?(:priv)
p Thing.protected_method_defined?(:prot)
