class Dyn
  [:alpha, :beta].each do |name|
    define_method(name) do |x|
      raise "#{name} failed for #{x}" if x > 1
      x
    end
  end
end

p Dyn.new.alpha(1)
p Dyn.new.beta(2)
