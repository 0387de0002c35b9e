foo { |;t| t = 1 }
