p "".each_char.to_a, "a".each_char.to_a, "héllo".each_char.to_a.size, "ab\ncd".each_char.select { _1 =~ /\w/ }
p "hello world".chars.each_slice(3).map(&:join), "abc".chars.rotate.join, "abc".chars.zip("xyz".chars).flatten.join
p "hello".chars.sort.join, "hello".chars.uniq.join, "hello".each_char.with_index.select { _2.even? }.map(&:first).join
