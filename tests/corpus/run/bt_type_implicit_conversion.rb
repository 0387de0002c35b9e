def label(n)
  "item " + n
end

items = [1, 2]
items.each do |i|
  puts label(i)
end
