rows = [["Name", "Qty", "Price"], ["Widget", "3", "4.50"], ["Gadget Pro", "12", "19.99"], ["X", "100", "0.05"]]
widths = rows.transpose.map { |col| col.map(&:size).max }
rows.each do |r|
  puts r.each_with_index.map { |c, i| i.zero? ? c.ljust(widths[i]) : c.rjust(widths[i]) }.join(" | ")
end
puts widths.map { "-" * _1 }.join("-+-")
