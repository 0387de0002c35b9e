class Animal
  def speak = "..."
  alias talk speak
  alias_method :say, :speak

  def speak = "generic noise"
end

a = Animal.new
p a.speak
p a.talk
p a.say
p Animal.instance_method(:talk).name
p Animal.instance_method(:talk).original_name
p Animal.public_method_defined?(:say)
