def trace(raise_it)
  puts "begin"
  raise "err" if raise_it
  puts "no error"
rescue => e
  puts "rescue #{e.message}"
else
  puts "else"
ensure
  puts "ensure"
end
trace(true)
puts "--"
trace(false)
