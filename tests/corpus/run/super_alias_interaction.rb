class Base
  def run = "base run"
end
class Child < Base
  def run = "child run -> " + super
  alias_method :go, :run
end
p Child.new.go
p Child.new.run
