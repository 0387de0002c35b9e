val = nil
begin
  val.length
rescue NoMethodError => e
  puts e.message.lines.first
  p e.name
  p e.receiver
end
begin
  nil.upcase()
rescue => e
  p e.class
end
