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
# ObjectSpace.dump of Strings: which fields CRuby 3.1 writes, and in which order
def fields(o)
  d = JSON.parse(ObjectSpace.dump(o))
  d.delete("address")
  d["flags"] = d["flags"].slice("wb_protected")        # old/marked depend on the GC's timing
  d["class"] = d["class"] ? "addr" : nil
  d["references"] = d["references"].map { "addr" } if d["references"]
  d.to_a.map { |k, v| "#{k}=#{v.inspect}" }.join(" ")
end
a = "ab" * 20
puts fields("abc"), fields(a)
b = a.dup
puts fields(a), fields(b)
puts fields("ab".freeze), fields(-("zz" * 20))
puts fields("é"), fields("\xff"), fields("ab".b), fields("ab".force_encoding("US-ASCII"))
puts fields("x".force_encoding("UTF-16LE")), fields(("xy" * 20).force_encoding("UTF-16LE"))
c = "ab" * 20
c << "x"
puts fields(c)
puts fields(%Q(a"b\\\n\t\x01\x1f\x7f\0z))
puts ObjectSpace.dump(nil), ObjectSpace.dump(true), ObjectSpace.dump(false), ObjectSpace.dump(42)
puts ObjectSpace.dump(1.5), ObjectSpace.dump(:sym)
p ObjectSpace.dump("x").end_with?("}\n"), ObjectSpace.dump(1)
r = ObjectSpace.dump(42, output: :stdout)
puts
p r
s = ObjectSpace.dump("x", output: :string)
p s.class, s.frozen?
begin
  ObjectSpace.dump("x", output: :nowhere)
rescue ArgumentError => e
  puts e.message
end
puts fields([1, "a", :b]), fields({"k" => "v"}), fields(Object.new)
