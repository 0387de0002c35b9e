obj = Object.new
def obj.greet(n) = "hi #{n}"
m = obj.method(:greet)
p m.call("a")
p m.owner == obj.singleton_class
p obj.singleton_method(:greet).call("b")
begin
  obj.singleton_method(:to_s)
rescue NameError => e
  puts e.message.lines.first.sub(/#<Object:0x\h+>/, "OBJ")
end
