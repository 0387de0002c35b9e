a = "lit"
p a.frozen?, "lit".equal?("lit"), :s.to_s.frozen?, 1.to_s.frozen?, nil.to_s.frozen?
a << "!"
p a
f = "frozen".freeze
begin
  f.gsub!("z", "")
rescue FrozenError => e
  p e.message
end
p f.gsub("z", ""), f.sub("f", "F").frozen?
c = f.dup
c << "?"
p c, (-c).frozen?, (-"abc").equal?(-"abc")
