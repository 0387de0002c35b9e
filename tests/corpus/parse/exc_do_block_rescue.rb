items.each do |i|
  process i
rescue => e
  warn e
end
