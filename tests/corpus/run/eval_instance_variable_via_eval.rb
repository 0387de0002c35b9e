class Store
  def initialize = @items = [1, 2]
end
s = Store.new
p s.instance_eval("@items.sum")
s.instance_eval("@added = :yes")
p s.instance_variables
p Store.class_eval("self.name")
p s.instance_eval { instance_variables }
