s = "abc".freeze
begin
  s << "d"
rescue FrozenError => e
  puts e.message
  p e.receiver.equal?(s)
end
h = { a: 1 }.freeze
begin
  h[:b] = 2
rescue => e
  puts e.message
end
