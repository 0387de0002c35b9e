Base = Class.new
class Child < Base
end
p Child.superclass
