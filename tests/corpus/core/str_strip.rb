p "  hi  ".strip, "  hi  ".lstrip, "  hi  ".rstrip, "\t\n hi \r\n".strip, "\0 hi \0".strip
p "hi\n".chomp, "hi\r\n".chomp, "hi\r".chomp, "hi\n\n".chomp, "hi".chomp, "hi!".chomp("!"), "hello".chomp("lo"), "hi\n".chomp("")
p "hi\n\n\n".chomp(""), "hi".chop, "hi\r\n".chop, "".chop, "a".chop, "".chomp
p "xxhixx".delete_prefix("xx"), "xxhixx".delete_suffix("xx"), "hi".delete_prefix("z")
s = +"  pad  "
p s.strip!, s, s.strip!, "x".lstrip!, "abc\n".dup.chomp!, "abc".dup.chomp!, "ab".dup.chop!
p "\u3000 full width \u3000".strip
