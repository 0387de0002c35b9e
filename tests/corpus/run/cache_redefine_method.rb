class Greeter
  def greet = "hello"
end

g = Greeter.new
def call_site(obj) = obj.greet
3.times { p call_site(g) }
class Greeter
  def greet = "bonjour"
end
p call_site(g)
Greeter.send(:remove_method, :greet)
begin
  call_site(g)
rescue NoMethodError => e
  p e.name
end
