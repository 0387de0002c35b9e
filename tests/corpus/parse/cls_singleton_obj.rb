str = "x"
class << str
  def shout = upcase
end
