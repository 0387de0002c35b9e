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
# a MatchData keeps rb_str_new_frozen(str): a long subject shares its buffer with it
s = "re" * 20
s =~ /e/
puts layout(s), layout($~.string)
p root(s) == addr($~.string), $~.string.equal?(s)
puts layout($~.post_match), layout($~.pre_match)
t = "re" * 20
m = t.match(/r.*/)
puts layout(m[0]), layout(t)
p root(m[0]) == root(t)
u = "re" * 20
p u.match?(/e/)
puts layout(u)
v = "re" * 5
v =~ /e/
puts layout(v), layout($~.string)
w = ("re" * 20).freeze
w =~ /e/
p $~.string.equal?(w)
x = "re" * 20
y = x[1..]
y =~ /e/
puts layout($~.string)
z = "re" * 20
p z.scan(/e/).size
puts layout(z)
q = "re" * 20
q.scan(/x/)
puts layout(q)
puts layout(("re" * 20)[/r.*/]), layout(("re" * 20)[/re$/])
