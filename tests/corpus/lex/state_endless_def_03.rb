def square(x) = x * x
def greet(name) = puts "hi #{name}"
def self.z = :z
def w() = (1 + 2)
