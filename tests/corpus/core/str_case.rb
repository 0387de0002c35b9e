p "hello".upcase, "HELLO".downcase, "hello world".capitalize, "HeLLo".swapcase, "HELLO WORLD".capitalize
p "éa".upcase, "ÉA".downcase, "ß".upcase, "ǆ".capitalize, "straße".upcase, "İ".downcase
p "ÀÉÎÕÜ".downcase, "àéîõü".upcase, "ñ".capitalize, "ÿ".upcase, "Ωμέγα".swapcase
p "abc".upcase(:ascii), "éa".upcase(:ascii), "ǅ".swapcase
p "123 abc!".upcase, "".upcase, "a".upcase.frozen?
s = +"hello"
p s.upcase!, s, s.upcase!, s.downcase!, s.capitalize!, s.swapcase!, s
