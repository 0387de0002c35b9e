at_exit { puts "at_exit runs after abort" }
puts "working"
begin
  abort "fatal: giving up"
rescue SystemExit => e
  p e.status
  p e.message
  raise
end
