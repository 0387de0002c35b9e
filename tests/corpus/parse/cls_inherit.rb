class Dog < Animal
  def speak = "woof"
end
