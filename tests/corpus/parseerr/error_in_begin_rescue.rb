begin
  x = 1 +
rescue => e
  puts e
ensure
  puts :done
end
