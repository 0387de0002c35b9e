module Settings
  @@level = 1
  def level = @@level
  def bump = @@level += 1
end
class A
  include Settings
end
class B
  include Settings
end
a = A.new
b = B.new
a.bump
p b.level
p Settings.class_variables
p A.class_variables
p A.class_variable_get(:@@level)
