# character-class intersections, nested and negated classes, POSIX brackets inside classes
p "hello world".scan(/[a-z&&[^aeiou]]/).join, "xyz" =~ /[\p{L}&&[^x]]/, "abc".scan(/[^a[bc]]/)
p "abc".scan(/[a[^b]]/), "a-b]c".scan(/[\]\-]/), "a1!".scan(/\P{L}/), "aé".scan(/[^[:alpha:]]/)
p "Ωx1".scan(/[\p{Greek}\d]/), "a1_ b-".scan(/[[:word:]-]/), "0x1F".scan(/[[:xdigit:]&&[^x]]+/)
# ^ is no line start at the very end of a string that ends in a newline
p "a\n".scan(/^/).size, "".scan(/^/).size, "a\nb\n".gsub(/^/, "> "), "a\n\n".scan(/^$/).size, "a\n".scan(/$/).size
# a repetition repeated
p "aaaa".scan(/a{2}+/), "aaaaa".match(/(?:a{2}){2}/)[0], "aab".match(/a*?b/)[0], "aaa".match(/a++/)[0], "a{b".scan(/a{/)
p "aa".match(/a{,2}/)[0], "abab".match(/(ab)+?/)[0], "x{}" =~ /x{}/
