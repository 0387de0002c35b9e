class Lazy
  def value = @value
  def value_or_default = @value || :default
  def set! = @value = 42
end

l = Lazy.new
p l.value
p l.value_or_default
l.set!
p l.value
p l.instance_variables
p defined?(@nothing)
@top = 1
p instance_variables
