s = "Hello, World! 123 é\t"
p s.scan(/[[:alpha:]]+/), s.scan(/[[:digit:]]/), s.scan(/[[:space:]]/), s.scan(/[[:upper:]]/), s.scan(/[[:punct:]]/)
p s.scan(/[[:lower:]]+/), s.scan(/[[:alnum:]]+/), s.scan(/[[:xdigit:]]+/), "a-b_c".scan(/[[:word:]]+/), s.gsub(/[^[:print:]]/, "?")
p "ÀB".match?(/\A[[:upper:]]+\z/), "é" =~ /\w/, "é" =~ /[a-z]/, "é".match?(/\p{L}/), "日本".scan(/\p{Han}/)
