class Quote
  def initialize = @str = "The quick brown fox"
end
obj = Quote.new
obj.instance_eval do
  def only_this_quote = @str.upcase
end
p obj.only_this_quote
p Quote.new.respond_to?(:only_this_quote)
Quote.instance_eval do
  def class_level = "class method via instance_eval"
end
p Quote.class_level
