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
# reachable_objects_from: a shared string marks its class and its root
a = "rc" * 20
p ObjectSpace.reachable_objects_from(a)
b = a.dup
refs = ObjectSpace.reachable_objects_from(b)
p refs.size, refs[0], refs[1].class, refs[1].frozen?, refs[1] == a
p refs[1].equal?(a), ObjectSpace.reachable_objects_from(a)[1].equal?(refs[1])
p ObjectSpace.reachable_objects_from(1), ObjectSpace.reachable_objects_from(nil)
p ObjectSpace.reachable_objects_from([1, "x", :y, 2.5]).map(&:class)
p ObjectSpace.reachable_objects_from({"k" => [1]}).map(&:class)
o = Object.new
o.instance_variable_set(:@s, "v")
o.instance_variable_set(:@n, 1)
p ObjectSpace.reachable_objects_from(o)
