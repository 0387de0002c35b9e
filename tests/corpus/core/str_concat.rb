a = "foo"
p a + "bar", a * 3, a * 0, "-" * 10
b = a.dup
b << "bar" << 33
p b, a
p a.concat("x", "y"), a
p "abc" "def"
p "é" * 3, "日本" * 2, "" * 5
s = +""
s << "a"
s.concat(98)
p s
p "a".prepend("<", ">"), "x" + 1.to_s
begin
  "a" + 1
rescue TypeError => e
  p e.message
end
begin
  "a" * -1
rescue ArgumentError => e
  p e.message
end
