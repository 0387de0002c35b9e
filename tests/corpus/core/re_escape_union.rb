p Regexp.escape("a.b*c?"), Regexp.escape("(x)[y]{z}"), Regexp.escape("a b\n\t"), Regexp.escape("1+1=2"), Regexp.quote("^$|\\")
p Regexp.union("a", "b.c"), Regexp.union(/x/i, "y"), Regexp.union, Regexp.union(%w[cat dog]), Regexp.union("a+", /b+/)
p Regexp.union(%w[cat dog]).match?("hotdog"), "a.b".split(Regexp.new(Regexp.escape("."))), Regexp.new("\\d+").source
