class Dog
  def initialize(name)
    @name = name
  end
  def to_s = "Dog(#{@name})"
end
puts Dog.new("rex")
