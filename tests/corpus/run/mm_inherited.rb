class Base
  def method_missing(name, *args)
    name.to_s.end_with?("?") ? false : super
  end
end
class Derived < Base
  def method_missing(name, *args)
    name == :special ? :special_handled : super
  end
end

d = Derived.new
p d.special
p d.happy?
begin
  d.nothing
rescue NoMethodError => e
  p e.name
end
