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
# rb_str_subseq: a substring that runs to the end and does not fit the slot shares the root
s = "0123456789" * 4
[[1..], [1, 100], [-30..], [0..], [0, 40], [1..-2], [0, 30], [17..], [16..], [10, 30]].each do |args|
  t = s[*args]
  puts "#{args.inspect}: #{t.size} #{layout(t)}"
end
p s.slice(2..).size, layout(s.slice(2..))
p layout(s.byteslice(5..)), layout(s.byteslice(5, 100)), layout(s.byteslice(5, 20))
p layout(s[3]), s[3]
t = s[1..]
p root(t) == root(s), t
