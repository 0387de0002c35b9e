class Cx
  def m1; end
  def m2; end
  undef m1, m2
end
p Cx.new.respond_to?(:m1)
