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
# ObjectSpace.count_objects[:T_STRING]: the hidden root is a String in the heap too
def strings_made
  GC.disable
  before = ObjectSpace.count_objects[:T_STRING]
  yield
  ObjectSpace.count_objects[:T_STRING] - before
end
keep = []
strings_made { }                      # the first call sets things up
a = "co" * 20
p strings_made { keep << a.dup }
p strings_made { keep << a.dup }
b = "co" * 20
p strings_made { keep << b[3..] }
p strings_made { keep << b[3..] }
c = "co" * 20
p strings_made { keep << -c }
d = "co" * 5
p strings_made { keep << d.dup }
e = "co" * 20
p strings_made { e << "x" }
f = ("co" * 20).freeze
p strings_made { keep << f.dup << f.clone << +f }
