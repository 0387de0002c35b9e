class Pt
  def initialize = @x = 7
end
pt = Pt.new
k = 2
p pt.instance_eval("@x * k")
