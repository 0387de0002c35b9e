class String
  def shout = upcase + "!"
end
p "hi".shout
