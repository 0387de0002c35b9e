module Loud
  def say = super.upcase
end
class Talker
  prepend Loud
  def say = "hi"
end
p Talker.new.say
