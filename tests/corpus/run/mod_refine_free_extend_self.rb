module Config
  extend self
  def settings = @settings ||= {}
  def set(k, v) = settings[k] = v
end
Config.set(:a, 1)
Config.set(:b, 2)
p Config.settings
p Config.instance_variables
