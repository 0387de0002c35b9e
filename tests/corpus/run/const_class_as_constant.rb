class Animal; end
Beast = Animal
p Beast.name
p Beast.new.class
p Beast.equal?(Animal)
klass = Object.const_get(:Animal)
p klass == Animal
Dynamic = Class.new
p Dynamic.name
