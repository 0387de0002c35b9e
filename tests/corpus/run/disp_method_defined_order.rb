class Later
  def use = helper * 2
end

obj = Later.new
begin
  obj.use
rescue NameError => e
  p e.class
end
class Later
  def helper = 21
end
p obj.use
