module Util
  module_function
  def twice(x) = x * 2
end

p Util.twice(4)
class User
  include Util
  def go = twice(5)
end
p User.new.go
begin
  User.new.twice(1)
rescue NoMethodError => e
  p e.class
end
p Util.respond_to?(:twice)
