class Dyn
  def method_missing(name, *args)
    if name.to_s.start_with?("get_")
      name.to_s.delete_prefix("get_").to_sym
    else
      super
    end
  end

  def respond_to_missing?(name, include_private = false)
    name.to_s.start_with?("get_") || super
  end
end

d = Dyn.new
p d.get_foo
p d.respond_to?(:get_bar)
p d.respond_to?(:put_bar)
m = d.method(:get_baz)
p m.call
p m.arity
