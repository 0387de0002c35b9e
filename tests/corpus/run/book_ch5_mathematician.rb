class Mathematician
  attr_accessor :first_name, :last_name
end
euclid = Mathematician.new
euclid.first_name = "Euclid"
euclid.last_name = "of Alexandria"
p euclid.first_name
p euclid.instance_variables
euclid.instance_variable_set("@middle", "?")
p euclid.instance_variables
p Mathematician.instance_methods(false).sort
