class Integer
  alias_method :orig_plus, :+
  def double = self * 2
end

p 21.double
p 5.orig_plus(6)
p [1, 2, 3].sum { |x| x.double }
class String
  def shout = upcase + "!"
end
p "hey".shout
