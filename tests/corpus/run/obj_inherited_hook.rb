class Plugin
  @registry = []
  class << self
    attr_reader :registry
    def inherited(sub)
      super
      Plugin.registry << sub.name
    end
  end
end
class Alpha < Plugin; end
class Beta < Plugin; end
class Gamma < Alpha; end
p Plugin.registry
p Alpha.superclass
