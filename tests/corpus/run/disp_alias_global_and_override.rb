class Base
  def name = "base"
  alias_method :old_name, :name
end

class Child < Base
  def name = "child(" + old_name + ")"
end

p Child.new.name
$greeting = "hi"
alias $salute $greeting
p $salute
$salute = "yo"
p $greeting
