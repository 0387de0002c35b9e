p "HeLLo" =~ /hello/i, "a\nb" =~ /a.b/, "a\nb" =~ /a.b/m, "abc" =~ / a b c /x
re = /
  (\d{3})  # area
  -        # sep
  (\d{4})  # number
/x
p re.match("call 555-1234 now").captures, re.options, /a/i.options, /a/m.options, /a/mix.options
p /ab/i.casefold?, /ab/.casefold?, Regexp.new("a.c", Regexp::IGNORECASE) =~ "xAbC", Regexp.new("a b", Regexp::EXTENDED).source
p "ABC".scan(/b/i), "a\nb\nc".scan(/.+/), "a\nb\nc".scan(/.+/m)
