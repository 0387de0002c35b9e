def forever(n)
  forever(n + 1)
end

begin
  forever(0)
rescue SystemStackError => e
  puts e.class
  puts e.message
end
puts "survived"
