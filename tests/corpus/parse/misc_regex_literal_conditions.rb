while gets
  print if /error/
  puts "~" unless /^$/
end
