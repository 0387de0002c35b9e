at_exit { puts "at_exit 1" }
at_exit { puts "at_exit 2" }
puts "main body"
begin
  exit 3
rescue SystemExit => e
  puts "caught exit status #{e.status}"
  p e.success?
end
puts "continuing"
exit 3
