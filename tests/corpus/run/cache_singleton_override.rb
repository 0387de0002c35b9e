class Item
  def price = 100
end
items = [Item.new, Item.new, Item.new]
def total(list) = list.sum(&:price)
p total(items)
def (items[1]).price = 1
p total(items)
p items.map(&:price)
