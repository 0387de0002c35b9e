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
# frozen literals are fstrings; a dup points at the literal itself
lit = "Lorem ipsum dolor sit amet, consectetur".freeze
puts layout(lit)
p lit.equal?("Lorem ipsum dolor sit amet, consectetur".freeze)
d = lit.dup
puts layout(d)
p root(d) == addr(lit)
s = lit[6..]
p root(s) == addr(lit), s
t = +lit
p root(t) == addr(lit)
p (-"Lorem ipsum dolor sit amet, consectetur").equal?(lit)
short = "tiny".freeze
puts layout(short), layout(short.dup)
