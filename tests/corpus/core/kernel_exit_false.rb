begin
  exit 2
rescue SystemExit => e
  p e.status, e.success?
end
begin
  exit
rescue SystemExit => e
  p e.status, e.success?
end
begin
  exit(true)
rescue SystemExit => e
  p e.status
end
puts "exiting false"
exit false
