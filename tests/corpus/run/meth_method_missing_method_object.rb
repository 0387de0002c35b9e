class Dyn
  def method_missing(n, *a) = n.to_s.start_with?("x_") ? [n, a] : super
  def respond_to_missing?(n, p = false) = n.to_s.start_with?("x_") || super
end
m = Dyn.new.method(:x_test)
p m.call(1, 2)
p m.name
p m.arity
begin
  Dyn.new.method(:y_test)
rescue NameError => e
  p e.class
  p e.name
end
