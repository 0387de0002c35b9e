p "price: $100, cost: $50".scan(/(?<=\$)\d+/), "foobar foobaz".scan(/foo(?=baz)/), "foobar".sub(/foo(?!bar)/, "X")
p "abc123def".gsub(/(?<![a-z])\d/, "#"), "aaa".gsub(/(?<=a)a/, "b"), "1234567".gsub(/(\d)(?=(\d{3})+$)/, '\1,')
p "word1 word2".scan(/\w+(?=\d)/), "ab ac ad".scan(/a(?=[cd])/).size, "test".match(/(?<=t)e/).pre_match
