rows = [["apple", 3, 1.5], ["banana", 12, 0.25], ["kiwi", 100, 10.0]]
rows.each do |name, qty, price|
  puts format("%-8s %5d %8.2f %10.3e", name, qty, price, qty * price)
end
puts format("%s", "-" * 20)
printf("%-8s|%5s|\n", "total", rows.sum { _2 })
printf("%08.3f\n", -3.5)
printf("%+08d\n", 42)
