p 1.send(:+, 2)
p "abc".send(:upcase)
p [1, 2, 3].send(:map) { |x| x * 3 }
p 5.public_send(:-, 10)
class S
  private def secret(x) = "secret #{x}"
end
p S.new.send(:secret, 7)
begin
  S.new.public_send(:secret, 7)
rescue NoMethodError => e
  puts e.message.sub(/#<S.*>/, "S")
end
p "x".__send__(:*, 3)
p [3, 1].send("sort")
