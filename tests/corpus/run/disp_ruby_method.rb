class Greeter
  def hello(name)
    "Hello, #{name}"
  end

  def twice(name)
    hello(name) + "! " + self.hello(name) + "!"
  end
end

g = Greeter.new
puts g.hello("Ann")
puts g.twice("Bob")
p Greeter.instance_methods(false).sort
