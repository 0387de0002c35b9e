class Dyn
  %w[alpha beta].each_with_index do |n, i|
    define_method("#{n}_val") { i }
    define_method("#{n}_with") { |x, y = 2| [n, x, y] }
  end
end
d = Dyn.new
p d.alpha_val, d.beta_val, d.alpha_with(1), d.beta_with(1, 3), Dyn.instance_method(:alpha_with).arity
p Dyn.instance_methods(false).sort
begin
  d.alpha_with
rescue ArgumentError => e
  p e.message
end
