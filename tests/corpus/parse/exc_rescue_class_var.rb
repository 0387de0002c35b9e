begin
  risky
rescue ArgumentError => e
  puts e.message
end
