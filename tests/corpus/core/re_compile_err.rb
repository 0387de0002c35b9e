p Regexp.new("a+")
Regexp.new("a(b")
