module Trackable
  def self.included(base)
    base.extend(ClassMethods)
    puts "#{self} included in #{base}"
  end
  def self.extended(obj) = puts("extended #{obj.class}")
  def self.prepended(base) = puts("prepended to #{base}")
  module ClassMethods
    def tracked? = true
  end
end
class Order
  include Trackable
end
p Order.tracked?
Object.new.extend(Trackable)
class Item
  prepend Trackable
end
