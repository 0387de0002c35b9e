x = 1
rescue => e
  puts e
