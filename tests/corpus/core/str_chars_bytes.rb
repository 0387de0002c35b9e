s = "héllo"
p s.chars, s.bytes, s.chars.size, s.bytes.size, s.length, s.bytesize
p "".chars, "".bytes, "日本".bytes, "abc".codepoints, "é".codepoints
s.each_char { |c| print c, "|" }
puts
"ab".each_byte { |b| print b, " " }
puts
p "ab\ncd\n".lines, "ab\ncd".lines, "a\n\nb".lines, "".lines, "ab\r\ncd".lines
p "a-b-c".lines("-"), "ab\ncd\n".lines(chomp: true)
"one\ntwo\n".each_line { |l| p l }
"one\ntwo".each_line(chomp: true).with_index { |l, i| p [i, l] }
