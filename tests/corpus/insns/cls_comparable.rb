class Ver
  include Comparable
  attr_reader :n
  def initialize(n) = @n = n
  def <=>(o) = n <=> o.n
end
p Ver.new(1) < Ver.new(2)
