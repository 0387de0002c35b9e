class Registry
  def self.const_missing(name)
    "auto-#{name}"
  end
end
p Registry::Anything
p Registry::Other
class Object
  def self.const_missing(name) = name == :MAGIC ? 42 : super
end
p MAGIC
begin
  NOPE_NOT_HERE
rescue NameError => e
  puts e.message.lines.first
end
