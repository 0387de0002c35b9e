module A
  def who = ["A"] + (defined?(super) ? super : [])
end
module B
  def who = ["B"] + super
end
class Base
  def who = ["Base"]
end
class K < Base
  include A
  include B
  def who = ["K"] + super
end
p K.new.who
class Plain
  include A
end
p Plain.new.who
