NAMES = %w[a b].freeze
p NAMES.frozen?, NAMES.first.frozen?, NAMES.map(&:upcase)
LIMIT = 10
p LIMIT.frozen?, :const.to_proc.frozen? rescue p $!
module Config
  VALUES = {a: 1}.freeze
end
p Config::VALUES, Config::VALUES.frozen?, Config.frozen?
