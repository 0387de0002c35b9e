puts <<~MSG
  Total: #{items.sum { |i| i * 2 }}
  Done
MSG
