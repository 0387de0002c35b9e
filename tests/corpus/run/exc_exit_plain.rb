puts "before exit"
at_exit { puts "in at_exit" }
begin
  exit
ensure
  puts "ensure before at_exit"
end
puts "never"
