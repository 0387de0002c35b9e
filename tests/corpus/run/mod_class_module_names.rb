module Space
  class Ship; end
  Anonymous = Class.new
end
p Space::Ship.name
p Space::Ship.to_s
p Space::Anonymous.name
x = Class.new
p x.name
p Space.name
p Space::Ship.new.class.name
p Class.name
p Module.name
