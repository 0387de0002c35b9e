class Thing
  attr_reader :state
  def initialize = @state = :initialized
  def self.new(*args)
    obj = allocate
    obj.instance_variable_set(:@via, :custom_new)
    obj.send(:initialize, *args)
    obj
  end
end
t = Thing.new
p t.state
p t.instance_variable_get(:@via)
raw = Thing.allocate
p raw.state
