class Config
  attr_reader :opts
  def initialize(name, verbose: false, **extra)
    @opts = { name: name, verbose: verbose, extra: extra }
  end
end

p Config.new("a").opts
p Config.new("b", verbose: true, level: 3).opts
class Sub < Config
  def initialize(*args, **kw)
    super
  end
end
p Sub.new("c", level: 1).opts
