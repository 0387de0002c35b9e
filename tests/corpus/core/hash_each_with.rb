inventory = {apple: 5, banana: 0, cherry: 12}
inventory.each_with_index do |(item, qty), i|
  puts "#{i + 1}. #{item.to_s.ljust(8)} #{qty.to_s.rjust(3)} #{"*" * (qty / 3)}"
end
restock = inventory.select { |_, q| q < 5 }.keys
p restock
p inventory.each_with_object([]) { |(k, v), a| a << k if v > 0 }
total = inventory.reduce(0) { |s, (_, v)| s + v }
p total, inventory.sum { _2 }, inventory.values.max
