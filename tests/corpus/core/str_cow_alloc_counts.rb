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
# GC.stat(:total_allocated_objects) deltas: a shared string costs one slot, its new root one more
def allocated
  GC.disable
  2.times.map do                      # the second run: call caches are warm
    before = GC.stat(:total_allocated_objects)
    yield
    GC.stat(:total_allocated_objects) - before
  end.last
end
keep = []
x = "al" * 20
p allocated { keep << "al" * 20 }                          # the product (and the literal "al")
p allocated { s = "al" * 20; keep << s.dup }               # + the dup + its new root
p allocated { s = "al" * 20; keep << s.dup << s.dup }      # the second dup shares that root
p allocated { keep << x.dup }                              # x has its root already
p allocated { s = "al" * 20; keep << s[1..] }
p allocated { s = "al" * 20; keep << s[1..][1..] }         # + a frozen window, + the result
p allocated { s = "al" * 20; keep << s[0, 30] }            # a copy
p allocated { s = "al" * 3; keep << s.dup }                # embedded: one copy
p allocated { s = "al" * 20; keep << String.new(s) }
p allocated { s = ("al" * 20).freeze; keep << s.dup }      # a frozen string is its own root
p allocated { s = ("al" * 20).freeze; keep << +s }
p allocated { s = "al" * 20; keep << s.clone }
p allocated { s = "al" * 20; s << "x" }
p allocated { s = "al" * 20; t = s.dup; s << "x"; keep << t }
p allocated { s = "al" * 20; s.replace("b" * 30) }
