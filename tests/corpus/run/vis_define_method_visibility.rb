class Gadget
  private
  define_method(:dm_private) { :dm }
  def regular_private = :rp
end

g = Gadget.new
p Gadget.private_method_defined?(:regular_private)
p Gadget.public_method_defined?(:dm_private)
p Gadget.private_method_defined?(:dm_private)
p g.send(:regular_private)
