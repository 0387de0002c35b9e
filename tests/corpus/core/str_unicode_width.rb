s = "naïve café 日本"
p s.length, s.bytesize, s.chars.last(2), s.reverse, s.upcase, s.index("café"), s.split.map(&:size)
p s.center(20, "*"), s[6..9], s.scan(/\p{Han}/), s =~ /é/, s.tr("ï", "i"), s.unpack("U3")
p "😀😃".size, "😀😃".bytes.size, "😀😃".codepoints.map { _1.to_s(16) }, "😀"[0], "😀".b[0]
