begin
  risky
rescue
  puts "failed"
end
