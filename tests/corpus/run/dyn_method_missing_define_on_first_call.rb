class Lazy
  def method_missing(name, *args)
    if name.to_s.start_with?("calc_")
      n = name.to_s.split("_").last.to_i
      self.class.define_method(name) { n * n }
      puts "defined #{name}"
      send(name)
    else
      super
    end
  end
  def respond_to_missing?(n, p = false) = n.to_s.start_with?("calc_") || super
end
l = Lazy.new
p l.calc_4
p l.calc_4
p Lazy.method_defined?(:calc_4)
