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
# upcase! and friends modify first (str_modify_keep_cr): even a no-op un-shares
%i[upcase! downcase! swapcase! capitalize!].each do |m|
  a = "cAsE" * 10
  b = a.dup
  r = a.send(m)
  puts "#{m}: #{r.nil?} #{layout(a)} | #{layout(b)} | #{a[0, 4]} #{b[0, 4]}"
  c = "case" * 10
  d = c.dup
  c.downcase!
  puts "  no-op downcase!: #{layout(c)} | #{layout(d)}"
end
e = "Ünïcödé" * 4
f = e.dup
e.upcase!
puts layout(e), layout(f), e, f
