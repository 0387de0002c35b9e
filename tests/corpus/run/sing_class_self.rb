class Conf
  class << self
    def load = "loaded #{name}"
    attr_accessor :level
    private def hidden = :h
  end
end
p Conf.load
Conf.level = 3
p Conf.level
p Conf.singleton_methods.sort
p Conf.singleton_class.private_method_defined?(:hidden)
begin
  Conf.hidden
rescue NoMethodError => e
  puts e.message.lines.first
end
