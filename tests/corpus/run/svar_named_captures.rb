md = /(?<year>\d{4})-(?<month>\d\d)/.match("on 2022-07 ok")
p md[:year]
p md["month"]
p md.pre_match
p md.post_match
if /(?<word>\w+)!/ =~ "hi there!"
  p word
end
p $~[:word]
