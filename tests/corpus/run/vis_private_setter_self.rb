class Temp
  def initialize = self.celsius = 10
  def bump
    self.celsius = celsius + 5
    self.celsius += 1
    celsius
  end
  private
  attr_accessor :celsius
end

t = Temp.new
p t.bump
begin
  t.celsius = 3
rescue NoMethodError => e
  puts e.message.lines.first.sub(/#<Temp.*>/, "TEMP")
end
