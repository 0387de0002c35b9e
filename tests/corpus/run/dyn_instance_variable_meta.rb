class Model
  def self.fields(*names)
    names.each do |n|
      define_method(n) { instance_variable_get("@#{n}") }
      define_method("#{n}=") { |v| instance_variable_set("@#{n}", v) }
    end
  end
  fields :title, :year
end
m = Model.new
m.title = "Dune"
m.year = 1965
p [m.title, m.year]
p m.instance_variables
