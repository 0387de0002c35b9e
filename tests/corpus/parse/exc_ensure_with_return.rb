def f
  return 1
ensure
  puts "done"
end
