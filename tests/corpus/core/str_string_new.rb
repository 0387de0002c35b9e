s = String.new
p s, s.encoding, s.frozen?
t = String.new("abc", capacity: 100)
p t, t.encoding
p String.new("x") + String.new("y"), String.new.empty?, String.new("é").bytesize
p "abc".class, String === "", String.new("q").equal?("q")
