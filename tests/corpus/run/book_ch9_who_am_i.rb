p self
class Quote
  p self
  def display = p(self.class)
  class << self
    p self
    def class_display = p(self)
  end
end
Quote.new.display
Quote.class_display
