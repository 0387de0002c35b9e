module Log
  class << self
    attr_writer :level
  end
end
