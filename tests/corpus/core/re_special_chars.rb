p "a.b" =~ /\./, "a+b".split(/\+/), "$100".sub(/\$/, "USD "), "a|b".split("|"), "a\\b".split(/\\/), "(x)".gsub(/[()]/, "")
p "tab\there" =~ /\t/, "a\u00e9b" =~ /\u00e9/, "\x41" =~ /\x41/, "a\nb".scan(/\n/).size, "snake_case" =~ /_/
p "1,234.56".delete(",").to_f, "€100" =~ /€/, "x" =~ /\p{Alpha}/, "3" =~ /\p{Digit}/, "😀" =~ /\p{Emoji}/
