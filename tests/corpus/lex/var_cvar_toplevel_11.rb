class A
  @@x ||= []
  def self.x = @@x
  p @@x.size, defined?(@@y)
end
