p Regexp.new("(a)(b)").source, Regexp.new("x", Regexp::IGNORECASE)
p Regexp.new("a+")
Regexp.new("a(b")
