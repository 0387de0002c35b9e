module Audit
  def save = "audit(" + super + ")"
end
class Record
  prepend Audit
  def save = "saved"
end
p Record.ancestors.take(3)
p Record.new.save
p Record.new.method(:save).owner
p Record.instance_method(:save).super_method.owner
