begin
  raise TypeError
rescue => e
  p [e.class, e.message]
end
begin
  raise TypeError.new("made")
rescue => e
  p [e.class, e.message]
end
begin
  raise IndexError, "idx", ["fake:1"]
rescue => e
  p [e.message, e.backtrace]
end
begin
  raise 42
rescue TypeError => e
  puts e.message
end
