p "gray grey".scan(/gr(?:a|e)y/), "gray grey".scan(/gr(a|e)y/), "abab".match(/(ab)+/).captures, "2024-01-02".split(/-/)
p "aaa bbb".match(/(\w)\1\1/)[0], "abcabc" =~ /(abc)\1/, "hello hello world".scan(/\b(\w+) \1\b/), "abba".match?(/(.)(.)\2\1/)
p "foo123".match(/(?<letters>[a-z]+)(?<digits>\d+)/).named_captures, "x".match(/(a)|(x)/).captures
