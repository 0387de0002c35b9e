begin
  raise "boom"
rescue => e
  p e.class
  p e.message
  p e.backtrace.size > 0
end
begin
  raise ArgumentError
rescue => e
  p e.class
  p e.message
end
begin
  raise ArgumentError, "bad arg"
rescue ArgumentError => e
  p e.message
end
