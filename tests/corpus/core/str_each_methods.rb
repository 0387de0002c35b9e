r = []
"hello".each_char.with_index { |c, i| r << "#{i}#{c}" if i.even? }
p r
p "ab".each_byte.to_a, "a\nb".each_line.to_a, "hé".each_codepoint.to_a
p "abc".each_char.map(&:ord).sum, "hello".each_char.tally.max_by(&:last)
p "a b c".each_char.reject { _1 == " " }
p "hello"[1..].each_char.first(2)
