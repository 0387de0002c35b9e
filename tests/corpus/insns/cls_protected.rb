class Acct
  def initialize(b) = @b = b
  def >(o) = bal > o.bal
  protected
  def bal = @b
end
p Acct.new(5) > Acct.new(3)
