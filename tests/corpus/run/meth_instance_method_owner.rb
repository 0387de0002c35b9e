module Greet
  def hello = "hello"
end
class Base
  include Greet
  def base_m = 1
end
class Kid < Base
  def kid_m = 2
end
p Kid.instance_method(:hello).owner
p Kid.instance_method(:base_m).owner
p Kid.instance_method(:kid_m).owner
p Kid.new.method(:hello).owner
p Kid.instance_method(:to_s).owner
p Kid.new.method(:hello).unbind.bind(Kid.new).call
