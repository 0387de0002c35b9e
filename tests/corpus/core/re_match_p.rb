p "hello".match?(/ell/), "hello".match?(/z/), /l+/.match?("hello"), /l/.match?("hello", 4), "x".match?("x")
"abc" =~ /b/
"zzz".match?(/z/)
p $&
p :sym.match?(/y/), nil.to_s.match?(//), "".match?(/\A\z/)
