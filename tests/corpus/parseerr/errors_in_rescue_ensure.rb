begin
  raise "x"
rescue => e e
  puts e
ensure
  puts 1 2
end
