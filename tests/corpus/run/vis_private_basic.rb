class Account
  def initialize(b) = @balance = b
  def show = "balance: #{balance}"
  private
  def balance = @balance
end

a = Account.new(50)
puts a.show
begin
  a.balance
rescue NoMethodError => e
  p e.class
  p e.name
end
p Account.private_instance_methods(false)
