class Top
  def self.read = defined?(@@x) ? @@x : :unset
end
class Bottom < Top
  @@x = :from_bottom
  def self.read_own = @@x
end
p Bottom.read_own
p Top.read
p Top.class_variable_defined?(:@@x)
p Bottom.class_variable_defined?(:@@x)
