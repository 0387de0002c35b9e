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
# strip!/lstrip!/rstrip! modify first; strip, lstrip, rstrip, chomp, chop are rb_str_subseq
%i[strip! lstrip! rstrip!].each do |m|
  a = "st" * 20
  b = a.dup
  p a.send(m)
  puts "#{m}: #{layout(a)} | #{layout(b)}"
  c = "   " + "st" * 20 + "  "
  d = c.dup
  c.send(m)
  puts "#{m} spaces: #{layout(c)} | #{layout(d)} #{c.size}"
end
%i[strip lstrip rstrip chomp chop].each do |m|
  s = "st" * 20
  t = s.send(m)
  puts "#{m}: #{layout(s)} | #{layout(t)} #{root(s) && root(s) == root(t)}"
  s = "  " + "st" * 20 + "\n"
  t = s.send(m)
  puts "#{m} padded: #{layout(s)} | #{layout(t)} #{t.size}"
end
s = "st" * 20
puts layout(s.chomp("t")), layout(s.chomp(nil))
