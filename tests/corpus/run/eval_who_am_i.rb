puts "top: #{self}"
class Who
  puts "class body: #{self}"
  def instance_m = puts("method: #{self.class}")
  class << self
    puts "class << self: #{self}"
    def meta_m = puts("singleton method: #{self}")
  end
  def self.cm = puts("self.method: #{self}")
end
Who.new.instance_m
Who.meta_m
Who.cm
module WhoMod
  puts "module body: #{self}"
end
