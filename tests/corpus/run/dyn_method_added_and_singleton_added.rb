class Watch
  def self.method_added(n) = puts("added #{n}")
  def self.singleton_method_added(n) = puts("singleton added #{n}")
  def a; end
  def self.b; end
  define_method(:c) {}
  attr_writer :d
end
