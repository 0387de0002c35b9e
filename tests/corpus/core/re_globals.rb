if "John Smith, age 42" =~ /(\w+) (\w+), age (\d+)/
  p $~.class, $1, $2, $3, $4, $`, $', $&, $~[0], $~.pre_match
end
"no match" =~ /xyz/
p $~, $1, $&
"abc" =~ /b/
p $`, $', Regexp.last_match, Regexp.last_match(0)
"2+3" =~ /(\d)\+(\d)/
p $1.to_i + $2.to_i, $+, Regexp.last_match(2)
def inner = "zz" =~ /z/
inner
p $&
