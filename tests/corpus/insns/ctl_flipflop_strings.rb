lines = %w[a BEGIN b c END d]
lines.each do |l|
  puts l if l == "BEGIN"..l == "END"
end
