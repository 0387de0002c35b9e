class Config
  class << self
    attr_accessor :level
    def reset
      @level = 0
    end
  end
end
