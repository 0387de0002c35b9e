class Custom < StandardError
  def message = "custom message!"
end
class Custom2 < StandardError
  def to_s = "via to_s"
end
begin
  raise Custom, "ignored"
rescue => e
  p e.message
  p e.to_s
end
begin
  raise Custom2
rescue => e
  p e.message
  p e.inspect
end
p RuntimeError.new("m").inspect
p RuntimeError.new.message
