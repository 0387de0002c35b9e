s = "abcabcabc"
p s.index("c"), s.index("c", 3), s.index("c", -1), s.index("c", 9), s.index("c", 10), s.index("", 9)
p s.rindex("a"), s.rindex("a", 5), s.rindex("a", 2), s.rindex("a", -4), s.rindex("a", 0), s.rindex("z")
p s.index(/b./, 2), s.rindex(/b./, 5), $~ && $~[0], s.index(/(?<x>c)/), $~[:x]
