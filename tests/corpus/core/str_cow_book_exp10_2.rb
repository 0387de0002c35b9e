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
# the book's Exp 10-2 (copy-on-write strings), on CRuby 3.1
str = "Lorem ipsum dolor sit amet, consectetur adipisicing elit"
str2 = str.dup
puts ObjectSpace.memsize_of(str), ObjectSpace.memsize_of(str2)
str2.upcase!
puts ObjectSpace.memsize_of(str), ObjectSpace.memsize_of(str2)
str3 = str[1..-1]
puts ObjectSpace.memsize_of(str3)
str4 = str[0..-2]
puts ObjectSpace.memsize_of(str4)
puts str, str2, str3, str4
