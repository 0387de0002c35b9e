"abc" =~ /b/
p $&
"abc" =~ /z/
p $&
p $~
"xyz".match?(/y/)
p $~
"xyz".match(/y/)
p $&
