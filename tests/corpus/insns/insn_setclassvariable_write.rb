class Registry
  @@items = []
  def self.add(x) = @@items << x
  def self.all = @@items
end
Registry.add(1)
p Registry.all
