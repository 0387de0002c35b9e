at_exit { puts "at_exit not run" }
puts "before exit!"
$stdout.flush
begin
  exit! 4
ensure
  puts "ensure not run either"
end
