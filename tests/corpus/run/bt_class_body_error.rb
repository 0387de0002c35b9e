class Config
  DEFAULTS = { a: 1 }
  puts "defining Config"
  def self.load = DEFAULTS.fetch(:b)
  load
end
