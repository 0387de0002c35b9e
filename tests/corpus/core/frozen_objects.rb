class Account
  attr_accessor :balance
  def initialize(b) = @balance = b
  def inspect = "Account(#{balance})"
end
acct = Account.new(10).freeze
begin
  acct.balance = 20
rescue FrozenError => e
  puts e.message
  p e.receiver
end
p acct.frozen?, acct.dup.frozen?, acct.clone.frozen?
c = acct.dup
c.balance = 99
p c
