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
# setbyte un-shares (str_modify_keep_cr) once the index is known to be good
a = "sb" * 20
b = a.dup
a.setbyte(0, 65)
puts layout(a), layout(b), a[0, 4], b[0, 4]
c = "sb" * 20
d = c.dup
begin
  c.setbyte(100, 65)
rescue IndexError => e
  puts e.message
end
puts layout(c)
begin
  ("sb" * 20).freeze.setbyte(100, 1)
rescue IndexError, FrozenError => e
  puts e.class
end
begin
  ("sb" * 20).freeze.setbyte(1, 1)
rescue IndexError, FrozenError => e
  puts e.class
end
