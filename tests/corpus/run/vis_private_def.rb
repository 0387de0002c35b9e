class Tool
  private def helper = "help"
  def use = helper
  public
  def other = "other"
end

p Tool.new.use
p Tool.new.other
p Tool.private_method_defined?(:helper)
p Tool.public_method_defined?(:other)
x = Tool.new.send(:helper)
p x
