class Quote
  def initialize = @str = "The quick brown fox"
end
class Quote
  def display
    puts "The quick brown fox"
  end
end
Quote.new.display
words = "jumps over the lazy dog"
Quote.send(:define_method, :display2) do
  puts "#{@str} #{words}."
end
Quote.new.display2
