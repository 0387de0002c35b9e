class Factory
  def self.build = new_instance(:built)
  def self.new_instance(v) = "instance #{v}"
  private_class_method :new_instance
end

p Factory.build
begin
  Factory.new_instance(1)
rescue NoMethodError => e
  puts e.message.lines.first
end
class Single
  private_class_method :new
  def self.instance = @instance ||= new
end
p Single.instance.equal?(Single.instance)
begin
  Single.new
rescue NoMethodError => e
  puts e.message.lines.first
end
