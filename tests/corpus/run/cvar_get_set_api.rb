class Store
end
Store.class_variable_set(:@@items, [1])
p Store.class_variable_get(:@@items)
p Store.class_variables
class Store
  def self.items = @@items
end
p Store.items
Store.remove_class_variable(:@@items)
p Store.class_variables
