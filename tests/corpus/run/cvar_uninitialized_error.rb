class Empty
  def self.peek = @@nothing
end
begin
  Empty.peek
rescue NameError => e
  puts e.message.lines.first
  p e.name
end
p Empty.class_variable_defined?(:@@nothing)
