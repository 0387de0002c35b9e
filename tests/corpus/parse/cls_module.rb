module Greeting
  def self.hi = "hi"
  def hello; end
end
