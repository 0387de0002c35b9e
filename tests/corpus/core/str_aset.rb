s = "hello world"
s[0] = "J"
p s
s[-5, 5] = "Ruby!"
p s
s[1..3] = ""
p s
s["Ruby"] = "there"
p s
s[/t(h)ere/, 1] = "H"
p s
s[0, 0] = ">> "
p s
s[s.size, 0] = " <<"
p s
begin
  s["missing"] = "x"
rescue IndexError => e
  p e.message
end
begin
  s[100] = "x"
rescue IndexError => e
  p e.message
end
