p "hello".reverse, "".reverse, "héllo".reverse, "日本語".reverse, "ab\ncd".reverse
s = +"abc"
s.reverse!
p s
p "racecar".reverse == "racecar", "A man a plan".downcase.delete(" ").then { _1 == _1.reverse }
