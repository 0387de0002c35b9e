class Secretive
  def inspect = "#<Secretive>"
  def call_with_self
    self.hidden
  end
  private def hidden = :hidden_ok
end

p Secretive.new.call_with_self
s = Secretive.new
begin
  s.hidden
rescue NoMethodError => e
  puts e.message.lines.first
end
