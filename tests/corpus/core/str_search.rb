s = "hello world"
p s.start_with?("hell"), s.start_with?("x", "he"), s.start_with?(/h.l/), s.end_with?("rld"), s.end_with?("o", "x")
p s.include?("lo w"), s.include?(""), s.index("o"), s.index("o", 5), s.index("o", -3), s.index("z"), s.index(/[wr]/)
p s.rindex("o"), s.rindex("o", 5), s.rindex("o", -5), s.rindex(/l+/), s.index(""), s.rindex(""), s.index("", 20)
p "日本語本".index("本"), "日本語本".rindex("本"), "héllo".index("l")
p s.start_with?(""), "".end_with?(""), s.index("l", 100), s.rindex("h", -100)
