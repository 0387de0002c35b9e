class Base
  def greet = "base"
end
class Kid < Base
  def greet = "kid"
end
k = Kid.new
p k.greet
Kid.send(:remove_method, :greet)
p k.greet
Kid.send(:undef_method, :greet)
begin
  k.greet
rescue NoMethodError => e
  p e.name
end
p Base.new.greet
