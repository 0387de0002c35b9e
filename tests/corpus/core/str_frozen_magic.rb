# frozen_string_literal: true
a = "lit"
p a.frozen?, "x#{1}y".frozen?, String.new("n").frozen?, +a == a, (+a).frozen?, (-a).frozen?
p a.equal?("lit"), "lit".dup.frozen?, a.upcase.frozen?
begin
  a << "!"
rescue FrozenError => e
  p e.message
  p e.receiver.equal?(a)
end
begin
  "x".upcase!
rescue => e
  p e.class, e.message
end
b = +"mutable"
b << "!"
p b
