class Money
  include Comparable
  def initialize(cents) = @cents = cents
  def <=>(other) = cents <=> other.cents
  def inspect = "#<Money #{@cents}>"
  protected
  def cents = @cents
end

a = Money.new(100)
b = Money.new(250)
p a < b
p [b, a].max
p a == Money.new(100)
begin
  a.cents
rescue NoMethodError => e
  puts e.message.lines.first
end
