class Animal
  def speak = "..."
end
p Animal.new.speak
