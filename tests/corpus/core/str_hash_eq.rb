p "a" == "a", "a".eql?("a"), "a".equal?("a"), "a".hash == "a".hash, "a" == :a, "a".hash == "b".hash
p "abc" <=> "abd", "abc" <=> "ab", "b" <=> "abc", "A" <=> "a", "a" <=> 1, "" <=> ""
p "aBc".casecmp("AbC"), "a".casecmp("b"), "b".casecmp("A"), "a".casecmp(1), "aBc".casecmp?("ABC"), "é".casecmp?("É"), "é".casecmp("É")
h = {"k" => 1}
k = "k".dup
p h[k], h.key?("k".freeze)
p "a".b == "a", "é".b == "é", "é".b.hash == "é".hash
p "abc" === "abc", String === "abc", "x".between?("a", "z")
