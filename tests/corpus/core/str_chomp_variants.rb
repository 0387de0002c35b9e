p "a\n".chomp, "a\r".chomp, "a\r\n".chomp, "a\n\r".chomp, "a\r\n\r\n".chomp, "a".chomp("a"), "aba".chomp("ba")
p "a\r\n".chomp("\n"), "a\r".chomp("\n"), "x\n\n\n".chomp(""), "x\r\n\r\n".chomp(""), "x".chomp(nil)
p "ab".chop, "a\r\n".chop, "a\n\r".chop, "é".chop, "日本".chop, "".chop
