class Lonely
  def inspect = "#<Lonely>"
  def greet = super
end

begin
  Lonely.new.greet
rescue NoMethodError => e
  puts e.message.lines.first
end
