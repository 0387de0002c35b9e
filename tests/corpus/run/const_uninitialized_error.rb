begin
  UndefinedThing
rescue NameError => e
  puts e.message.lines.first
  p e.name
end
module M; end
begin
  M::Missing
rescue NameError => e
  puts e.message.lines.first
end
p defined?(UndefinedThing)
p defined?(String)
