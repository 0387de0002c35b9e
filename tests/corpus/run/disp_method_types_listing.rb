class Widget
  attr_accessor :size
  define_method(:dm) { :dm }
  def rm = :rm
  alias am rm
  def method_missing(name, *args)
    name.to_s.start_with?("dyn_") ? name : super
  end
  def respond_to_missing?(name, priv = false) = name.to_s.start_with?("dyn_") || super
end

w = Widget.new
w.size = 4
p [w.size, w.dm, w.rm, w.am, w.dyn_x]
p w.respond_to?(:dyn_y)
p w.respond_to?(:other)
p w.method(:dyn_z).call
