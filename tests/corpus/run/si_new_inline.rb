# Class#new from hot while loops, whose initialize only sets ivars (run without frames of
# its own once hot): redefinition mid-loop, subclasses, ivar order, counting allocations
class Pt
  attr_reader :x, :y
  def initialize(x, y)
    @x = x
    @y = y
  end
  def +(o) = Pt.new(x + o.x, y + o.y)
end
a = Pt.new(0, 0)
d = Pt.new(1, 2)
i = 0
while i < 40
  a = a + d
  i += 1
end
p [a.x, a.y]
# instance_variables keeps the class's first order, whichever order initialize sets them in
class Rev
  def initialize(u, v, w)
    t = w
    @b = v
    @a = u
    @c = t
    @a = @b
  end
end
objs = []
i = 0
while i < 10
  objs << Rev.new(i, i * 2, i * 3)
  i += 1
end
p objs.last.instance_variables, objs.last.instance_variable_get(:@a), objs[3].inspect.sub(/0x\h+/, "X")
# initialize redefined while the loop is hot; then a subclass at the same call site
class K
  def initialize(v) = (@v = v)
  def v = @v
end
class K2 < K
  def initialize(v)
    @v = -v
    @extra = true
  end
end
r = []
i = 0
while i < 30
  k = (i >= 20 ? K2 : K).new(i)
  r << k.v
  if i == 9
    class K
      def initialize(v) = (@v = v * 100)
    end
  end
  i += 1
end
p r
# the value of initialize is not the value of new
class Ret
  def initialize = :ignored
end
i = 0
while i < 6
  x = Ret.new
  i += 1
end
p x.class, x.instance_variables
# allocations counted one per object (two loops' difference: CRuby's call caches are objects)
class Cnt
  def initialize(q) = (@q = q)
end
def run_cnt(n)
  i = 0
  while i < n
    Cnt.new(i)
    i += 1
  end
end
GC.disable
run_cnt(5)
b = GC.stat(:total_allocated_objects)
run_cnt(100)
c = GC.stat(:total_allocated_objects)
run_cnt(30)
e = GC.stat(:total_allocated_objects)
p (c - b) - (e - c)
GC.enable
def Cnt.new(q) = "no #{q}"
p Cnt.new(5)
# a frozen object is never the fresh one: freezing after new
class Fz
  attr_reader :n
  def initialize(n) = (@n = n)
end
i = 0
while i < 8
  f = Fz.new(i).freeze
  i += 1
end
p f.n, f.frozen?
begin
  f.instance_variable_set(:@n, 1)
rescue => e
  p e.class
end
