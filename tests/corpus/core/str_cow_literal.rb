require "objspace"
require "json"
# the stable fields of ObjectSpace.dump (its addresses left out)
def layout(s)
  d = JSON.parse(ObjectSpace.dump(s))
  %w[frozen fstring embedded shared bytesize capacity memsize].filter_map do |k|
    next unless d.key?(k)
    d[k] == true ? k : "#{k}=#{d[k]}"
  end.join(" ")
end
def root(s) = JSON.parse(ObjectSpace.dump(s))["references"]&.first
def addr(s) = JSON.parse(ObjectSpace.dump(s))["address"]
# putstring is rb_ec_str_resurrect: a long literal's copy shares the literal's fstring
s = "Lorem ipsum dolor sit amet, consectetur adipisicing elit"
puts layout(s)
lit = "Lorem ipsum dolor sit amet, consectetur adipisicing elit".freeze
p root(s) == addr(lit)
t = s.dup
p root(t) == addr(lit)
def allocated
  GC.disable
  2.times.map do
    before = GC.stat(:total_allocated_objects)
    yield
    GC.stat(:total_allocated_objects) - before
  end.last
end
keep = []
p allocated { keep << "Lorem ipsum dolor sit amet, consectetur adipisicing elit" }
p allocated { x = "Lorem ipsum dolor sit amet, consectetur adipisicing elit"; keep << x.dup }
p allocated { x = "Lorem ipsum dolor sit amet, consectetur adipisicing elit"; keep << x[6..] }
short = "short"
puts layout(short)
