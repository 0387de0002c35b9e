class Conf
  class << self
    def load = :loaded
    attr_accessor :path
  end
end
Conf.path = "/tmp"
p Conf.load, Conf.path
