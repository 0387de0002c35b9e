class Config
  @@mode = :dev
  class << self
    def mode = @@mode
  end
  def self.set_mode(m) = @@mode = m
end
p Config.mode
Config.set_mode(:prod)
p Config.mode
p Config.new.instance_eval { self.class.class_variable_get(:@@mode) }
