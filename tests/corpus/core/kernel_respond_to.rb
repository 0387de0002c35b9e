class R
  def pub; end
  private
  def priv; end
  protected
  def prot; end
end
r = R.new
p r.respond_to?(:pub), r.respond_to?(:priv), r.respond_to?(:prot)
p r.respond_to?(:priv, true), r.respond_to?(:prot, true)
p 1.respond_to?(:+), 1.respond_to?("to_s"), 1.respond_to?(:upcase)
class M
  def respond_to_missing?(name, include_private = false)
    name.to_s.start_with?("dyn_") || super
  end
end
p M.new.respond_to?(:dyn_x), M.new.respond_to?(:other)
p nil.respond_to?(:to_a)
