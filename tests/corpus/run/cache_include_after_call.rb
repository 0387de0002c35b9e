class Base
  def hello = "base"
end
class Kid < Base; end
module Override
  def hello = "module"
end

k = Kid.new
def site(o) = o.hello
p site(k)
p site(k)
Kid.include(Override)
p site(k)
p Kid.ancestors.take(3)
