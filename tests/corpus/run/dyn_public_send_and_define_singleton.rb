calc = Object.new
{ double: 2, triple: 3 }.each do |name, f|
  calc.define_singleton_method(name) { |x| x * f }
end
p calc.double(5)
p calc.public_send(:triple, 5)
p calc.singleton_methods.sort
p calc.singleton_class.instance_methods(false).sort
