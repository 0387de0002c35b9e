class Base
  def greet = "hi"
end

class Child < Base
  def greet
    super + "!"
  end
end
