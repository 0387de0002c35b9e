result = items
  .select { |x| x > 1 }
  .map(&:to_s)
  .join(",")
