class Cat
  def sound = "meow"
end
class Cow
  def sound = "moo"
end
class Duck
  def sound = "quack"
end
animals = [Cat.new, Cow.new, Duck.new, Cat.new, 1]
animals.each do |a|
  puts a.sound
rescue NoMethodError => e
  puts "no sound for #{e.receiver.inspect}"
end
