list.map(&:to_s).select { |s| s.size > 1 }.join(", ")
