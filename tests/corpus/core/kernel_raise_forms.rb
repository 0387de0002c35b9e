begin
  raise "plain"
rescue => e
  p e.class, e.message
end
begin
  raise ArgumentError
rescue => e
  p e.class, e.message
end
begin
  raise ArgumentError, "bad arg"
rescue => e
  p e.class, e.message
end
begin
  raise TypeError.new("typed")
rescue => e
  p e.class, e.message
end
class MyErr < StandardError
  def initialize(msg = "my default")
    super
  end
end
begin
  raise MyErr
rescue => e
  p e.class, e.message, e.is_a?(StandardError)
end
