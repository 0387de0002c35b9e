class Recorder
  def initialize(target)
    @target = target
    @log = []
  end
  attr_reader :log

  def method_missing(name, *args, &blk)
    @log << name
    @target.send(name, *args, &blk)
  end

  def respond_to_missing?(n, p = false) = @target.respond_to?(n, p) || super
end

r = Recorder.new([3, 1, 2])
p r.sort
p r.map { |x| x * 2 }
p r.size
p r.log
p r.respond_to?(:each)
