class Tracker
  @added = []
  def self.method_added(name)
    @added << name
  end
  def self.added = @added
  def one; end
  def two; end
  attr_reader :three
end
p Tracker.added
