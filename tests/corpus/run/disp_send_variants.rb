class Box
  def inspect = "#<Box>"
  def open(n = 1) = "open #{n}"
  private def secret = "secret!"
  protected def prot = "prot"
end

b = Box.new
p b.send(:open)
p b.__send__(:open, 5)
p b.public_send(:open, 2)
p b.send(:secret)
p b.send("prot")
begin
  b.public_send(:secret)
rescue NoMethodError => e
  puts e.message.lines.first
end
begin
  b.public_send(:prot)
rescue NoMethodError => e
  puts e.message.lines.first
end
