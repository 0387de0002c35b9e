if /(?<year>\d{4})-(?<month>\d\d)/ =~ "date: 2023-07-15"
  p year, month
end
m = /(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)/.match("on 2023-07-15!")
p m[:year], m["day"], m.names, m.named_captures, m.captures, m.pre_match, m.post_match, m.begin(:month), m.end(0)
p m.to_a, m.size, m.values_at(1, 3), m.string, m.regexp, m.offset(2)
re = /(?<w>\w+)/
p re.names, re.named_captures, re.match("hi there")[:w]
if /(?<missing>z)?(?<present>a)/ =~ "a"
  p missing, present
end
