p "hello\nworld" =~ /^world/, "hello\nworld" =~ /\Aworld/, "hello\n" =~ /hello\z/, "hello\n" =~ /hello\Z/, "hello" =~ /o\z/
p "ab12" =~ /\d/, "abc" =~ /\d/, "a_1 b" =~ /\s/, "abc" =~ /\h+/, "xyz" =~ /\h/, "ab" =~ /\w\b/
p "the cat".scan(/\bc\w*/), "concat".scan(/\bcat/), "a1 b2".scan(/\w\d/), "x\ty z".split(/\s/), "DEADbeef".scan(/\h/).size
p "line1\nline2".scan(/^l\w+$/), "line1\nline2".scan(/\Al\w+/), "a\nb" =~ /a$/
