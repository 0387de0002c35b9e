p "a" == "a".b, "é" == "é".b, "a".eql?("a".b), "abc".casecmp?("ABC"), "ß".casecmp?("SS"), "ǅ".casecmp?("ǆ")
p "abc" <=> "abc".b, "a" <=> "B", "a".casecmp("B"), "100" <=> "9", "100".to_i <=> "9".to_i
p %w[10 9 100 1].sort, %w[10 9 100 1].sort_by(&:to_i), %w[b B a A].sort, %w[b B a A].sort_by { [_1.downcase, _1] }
