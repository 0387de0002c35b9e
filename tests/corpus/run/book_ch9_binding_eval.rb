def get_binding
  a = 2
  b = 3
  binding
end
eval_binding = get_binding
p eval("a + b", eval_binding)
class Quote
  def initialize = @str = "The quick brown fox"
end
str2 = "jumps over"
str3 = "the lazy dog."
obj = Quote.new
obj.instance_eval do
  puts "#{@str} #{str2} #{str3}"
end
