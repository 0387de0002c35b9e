s = "abc"
s.upcase!
a.b!
s.gsub!(/a/, "b")
