m = "hello world".match(/(?<first>\w+) (?<second>\w+)/)
p m[0], m[1], m[:second], m["first"], m.pre_match, m.post_match
p "hello".match(/z/), "hello".match?(/ell/), "hello" =~ /ll/, "hello" =~ /z/, /l+/ =~ "hello"
p "hello".match(/l/, 3).begin(0), "hello".match("l+")[0]
if "price: 42 USD" =~ /(\d+) (\w+)/
  p $~[0], $1, $2, $`, $', $&
end
p "abc" !~ /z/, "abc" !~ /b/
"x" =~ /y/
p $~, $1
