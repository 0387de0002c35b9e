matrix.map { _1.map { |c| c * 2 } }.each do |row|
  puts row.join(" ") unless row.empty?
end
