s = "hello world"
p s.sub("o", "0"), s.gsub("o", "0"), s.sub(/o/) { |m| m.upcase }, s.gsub(/[aeiou]/) { $&.ord.to_s }
p s.gsub(/(l+)/, '<\1>'), s.sub(/(\w+) (\w+)/, '\2 \1'), s.gsub(/o/, "\\0\\0")
p s.gsub(/(?<x>o)/, '[\k<x>]'), s.gsub("l", "L" => "!") rescue p $!.class
p s.gsub(/[eo]/, "e" => "3", "o" => "0"), s.gsub(/l/, {}), s.tr("lo", "01")
p s.gsub(/x/, "y"), s.sub(/x/, "y"), "aaa".sub("a") { "b" }, "".gsub(//, "-"), "abc".gsub(//, "-")
p "a.b.c".gsub(".", "-"), "a+b".sub("+", "\\\\"), "path/to/file".gsub("/", "\\")
p s.gsub(/o/).to_a, s.gsub("o").with_index.map { |m, i| "#{m}#{i}" }
