module MathUtil
  PI_ISH = 3
  def self.area(r) = PI_ISH * r * r
  def self.circumference(r) = 2 * PI_ISH * r
end
p MathUtil.area(2)
p MathUtil::PI_ISH
p MathUtil.circumference(1)
p MathUtil.class
p MathUtil.respond_to?(:new)
p MathUtil.is_a?(Class)
