p "<a><b>".match(/<.+>/)[0], "<a><b>".match(/<.+?>/)[0], "aaa".match(/a{2,}/)[0], "aaa".match(/a{2,}?/)[0]
p "aaaa".scan(/a{1,2}/), "abcabc".scan(/(?:ab)+c/), "foo.bar.baz".match(/(.*)\.(.*)/).captures, "foo.bar.baz".match(/(.*?)\.(.*)/).captures
p "xaaay".match(/a++/)[0], "abc" =~ /(?=c)/, "abc" =~ /(?<=a)b/, "price 100USD".scan(/\d+(?=USD)/), "foobar".sub(/(?!foo)bar/, "X")
