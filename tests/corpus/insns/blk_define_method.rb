class Dyn
  [:a, :b].each { |n| define_method(n) { n.to_s } }
end
p Dyn.new.b
