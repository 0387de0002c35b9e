class Plain; end
o = Plain.new
p o.class
p o.to_s.start_with?("#<Plain:0x")
p o.inspect.start_with?("#<Plain:0x")
class WithInspect
  def initialize = @v = 3
  def inspect = "#<WithInspect v=#{@v}>"
end
p WithInspect.new
p [WithInspect.new]
class WithToS
  def to_s = "to_s here"
end
puts WithToS.new
p "#{WithToS.new}"
p WithToS.new.inspect.include?("to_s here")
