class Animal
  def speak(sound = "...") = "Animal says #{sound}"
end
class Dog < Animal
  def speak(sound = "woof")
    super + " (dog)"
  end
end
class Puppy < Dog
  def speak(sound = "yip") = super(sound.upcase) + " (puppy)"
end

puts Dog.new.speak
puts Dog.new.speak("grr")
puts Puppy.new.speak
